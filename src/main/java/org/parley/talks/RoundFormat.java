package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RoundFormat")
@Description("How many sides negotiated at a round; hosts and mediators are not counted (see `Delegation.role`).")
public enum RoundFormat {
    @Description("Two sides, with or without a host or mediator present.")
    BILATERAL,
    @Description("Three sides, such as two warring parties and a third state negotiating with both.")
    TRILATERAL,
    @Description("More than three sides.")
    MULTILATERAL
}
