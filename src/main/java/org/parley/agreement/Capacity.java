package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Capacity")
@Description("The part a party plays in an agreement.")
public enum Capacity {
    @Description("Bound by it: signed it or accepted it as a party.")
    SIGNATORY,
    @Description("Brokered it between the sides.")
    MEDIATOR,
    @Description("Hosted the negotiation or the signing.")
    HOST,
    @Description("Helped the sides meet or carry it out without brokering its terms.")
    FACILITATOR,
    @Description("Witnessed the signing without being bound.")
    WITNESS,
    @Description("Guarantees that it will be carried out.")
    GUARANTOR
}
