package org.parley.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CitationStance")
@Description("How a cited source stands to the record it is cited for.")
public enum CitationStance {
    @Description("The source states it as fact.")
    SUPPORTS,
    @Description("The source denies it, or reports that `attributedTo` denies it: the record is `disputed`.")
    DISPUTES,
    @Description("The source reports that someone (`attributedTo`, where it says who) claims it, without stating it "
            + "as fact.")
    REPORTS_CLAIM
}
