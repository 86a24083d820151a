package org.parley.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OutcomeKind")
@Description("What a round produced.")
public enum OutcomeKind {
    @Description("An agreement to exchange prisoners, or the exchange itself.")
    PRISONER_EXCHANGE,
    @Description("An agreement to return the bodies of the fallen, or the return itself.")
    REPATRIATION_OF_REMAINS,
    @Description("The sides handed each other draft terms (memoranda) for ending the war.")
    DRAFT_TERMS_EXCHANGED,
    @Description("A signed or announced agreement on substance.")
    AGREEMENT,
    @Description("A date or format agreed for further talks.")
    FOLLOW_UP_AGREED,
    @Description("The round ended without any result.")
    NO_RESULT
}
