package org.parley.common.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How much of a date is known. The date string is written to that precision.")
public enum DatePrecision {
    @Description("Exact day: `2025-07-23`.")
    DAY,
    @Description("ISO-8601 week only: `2025-W29` (the source says \"last week\" or similar).")
    WEEK,
    @Description("Month only: `2025-05`.")
    MONTH,
    @Description("Year only: `2014`.")
    YEAR
}
