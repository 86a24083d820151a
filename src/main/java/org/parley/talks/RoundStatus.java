package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RoundStatus")
@Description("Whether a round took place, as of the latest source.")
public enum RoundStatus {
    @Description("Announced; the sources do not (yet) report that it was held.")
    SCHEDULED,
    @Description("Took place.")
    HELD,
    @Description("Called off.")
    CANCELLED
}
