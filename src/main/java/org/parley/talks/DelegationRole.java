package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DelegationRole")
@Description("In what role a party's delegation took part in a round.")
public enum DelegationRole {
    @Description("A side of the negotiation.")
    NEGOTIATOR,
    @Description("A third party that led or chaired the talks between the sides.")
    MEDIATOR,
    @Description("A third party that helped the sides meet or talk without leading the talks.")
    FACILITATOR,
    @Description("The state where the round took place, present in that role only.")
    HOST,
    @Description("Present without taking part in the negotiation.")
    OBSERVER
}
