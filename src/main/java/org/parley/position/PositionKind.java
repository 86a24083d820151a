package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PositionKind")
@Description("What kind of stance a position is.")
public enum PositionKind {
    @Description("Something the party asks of the other side.")
    DEMAND,
    @Description("Something the party says it will never accept or concede.")
    RED_LINE,
    @Description("Something the party offers or hopes to achieve.")
    PROPOSAL,
    @Description("A condition the party sets before some step of the talks can happen.")
    PRECONDITION,
    @Description("The party's refusal of the other side's demand or proposal.")
    REJECTION
}
