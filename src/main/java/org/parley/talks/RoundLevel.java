package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RoundLevel")
@Description("Who sat at the table for the sides, at the highest.")
public enum RoundLevel {
    @Description("Heads of state or government.")
    SUMMIT,
    @Description("Foreign or other ministers.")
    MINISTERIAL,
    @Description("Delegations of officials and advisers mandated by their leaders.")
    DELEGATION,
    @Description("Experts or working groups on one subject, such as prisoner lists.")
    TECHNICAL
}
