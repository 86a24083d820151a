package org.parley.party;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PartyKind")
@Description("What kind of actor a party is.")
public enum PartyKind {
    @Description("A sovereign state, represented by its government.")
    STATE,
    @Description("A non-state armed group.")
    ARMED_GROUP,
    @Description("An international or regional organisation (UN, OSCE...).")
    INTERNATIONAL_ORGANISATION,
    @Description("A non-governmental organisation or private mediator.")
    NON_GOVERNMENTAL_ORGANISATION
}
