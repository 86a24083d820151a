package org.parley.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineKind")
@Description("What a timeline entry records.")
public enum TimelineKind {
    @Description("A related event (a strike, an offensive...): `node` is an Event.")
    EVENT,
    @Description("A round of talks: `node` is a Round.")
    ROUND,
    @Description("What a round produced, dated by its round: `node` is an Outcome.")
    OUTCOME,
    @Description("Something said, dated by itself or else by its round: `node` is a Statement.")
    STATEMENT,
    @Description("A position a party stated (a demand, a red line...), on the day it is first recorded: `node` is a Position.")
    POSITION,
    @Description("A step an agreement took (signed, extended, withdrawn from...): `node` is an AgreementStage.")
    AGREEMENT_STAGE,
    @Description("A report of whether a provision of an agreement was carried out: `node` is an ImplementationRecord.")
    IMPLEMENTATION
}
