package org.parley.common.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Topic")
@Description("The issue a position or an agreement provision is about.")
public enum Topic {
    @Description("Control, cession or recognition of land.")
    TERRITORY,
    @Description("A ceasefire or truce: whether, when, on what terms.")
    CEASEFIRE,
    @Description("Prisoners of war and detained civilians, their exchange.")
    PRISONERS,
    @Description("Return of the bodies of the fallen.")
    REMAINS,
    @Description("A meeting between the heads of state.")
    LEADERS_MEETING,
    @Description("Sanctions and other economic pressure.")
    SANCTIONS,
    @Description("The terms of a final settlement as a whole.")
    PEACE_TERMS,
    @Description("Guarantees of a party's security: guarantor states, neutrality, alliances, non-nuclear status.")
    SECURITY_GUARANTEES,
    @Description("How the talks are conducted: format, attitude, preconditions for progress.")
    NEGOTIATION_PROCESS,
    @Description("Shipping, ports and safe passage at sea, such as exports through the Black Sea.")
    MARITIME,
    @Description("Humanitarian corridors, aid and the protection of civilians.")
    HUMANITARIAN,
    @Description("Transit routes and connectivity across borders: roads, railways, pipelines.")
    TRANSIT,
    @Description("The safety of nuclear power plants and other nuclear sites.")
    NUCLEAR_SAFETY
}
