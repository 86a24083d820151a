package org.parley.common.read;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A root list's `totalCount`, kept with its plan beside the data version it was counted at: while that version stands
 * the plan sends {@link #uncounted}, its statement without the count (on the bench's positions page, counting 4,000
 * positions was two thirds of the database's time for a page of 20; issue 28). Two statements rather than one whose
 * count a parameter switches off: PostgreSQL never takes a generic plan for the latter (the generic plan costs the
 * count), so it planned it again on every execution (pgbench on the positions page: 0.30 ms against 0.19).
 * <p>
 * The version is read before the statement that counts, so a count kept for a version has seen every write that
 * advanced the version to it. A write committed but not yet advanced (DataVersion's moment between the two) may be
 * missing from a kept count until it advances: the same moment in which an ETag is not yet new.
 */
final class KeptCount {

    /** A count and the version it was counted at. */
    record At(long version, JsonNode count) {
    }

    private final Planning.Statement uncounted;

    private volatile At kept;

    KeptCount(Planning.Statement uncounted) {
        this.uncounted = uncounted;
    }

    Planning.Statement uncounted() {
        return uncounted;
    }

    /** The count kept for this version, or null when it must be counted. */
    At at(long version) {
        At at = kept;
        return at != null && at.version == version ? at : null;
    }

    void keep(long version, JsonNode count) {
        kept = new At(version, count);
    }
}
