package org.parley.conflict;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ConflictRole")
@Description("The part a party plays in a conflict.")
public enum ConflictRole {
    @Description("Fights in the conflict.")
    BELLIGERENT,
    @Description("Tries to broker an end to the conflict.")
    MEDIATOR,
    @Description("Hosts talks between the belligerents.")
    HOST,
    @Description("Weighs on the conflict (pressure, sanctions, aid) without fighting, mediating or hosting.")
    EXTERNAL_ACTOR
}
