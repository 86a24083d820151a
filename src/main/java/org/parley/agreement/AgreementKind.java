package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("AgreementKind")
@Description("What sort of agreement it is.")
public enum AgreementKind {
    @Description("A settlement of the conflict as a whole, or a framework for one.")
    PEACE_AGREEMENT,
    @Description("A ceasefire or truce, general or local.")
    CEASEFIRE,
    @Description("An exchange of prisoners, a return of remains, a humanitarian corridor or pause.")
    HUMANITARIAN,
    @Description("Trade, shipping, energy or other economic arrangements, such as safe passage for exports.")
    ECONOMIC,
    @Description("A memorandum or declaration of intent that binds less than a treaty.")
    MEMORANDUM,
    @Description("Anything else agreed, described in the summary.")
    OTHER
}
