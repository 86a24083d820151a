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
    STATEMENT
}
