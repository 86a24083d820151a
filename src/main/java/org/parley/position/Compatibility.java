package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Compatibility")
@Description("How parties' standing positions on a topic relate, by the comparison rules (docs/comparison.md).")
public enum Compatibility {
    @Description("A rule found one party's position blocked by another's (a demand meeting a red line...).")
    OPPOSED,
    @Description("No rule found opposition, and a rule found common ground between every pair of parties.")
    COMPATIBLE,
    @Description("The rules cannot tell: fewer than two parties hold a position, or no rule decides.")
    UNKNOWN
}
