package org.parley.common.read;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A root list's counts — its `totalCount` and each `aggregate` (counts in groups) — kept with its plan beside the data
 * version they were counted at: while that version stands the plan sends {@link #uncounted}, its statement without
 * them (on the bench's positions page, counting 4,000 positions was two thirds of the database's time for a page of 20;
 * issue 28). Two statements rather than one whose counts a parameter switches off: PostgreSQL never takes a generic
 * plan for the latter (the generic plan costs the count), so it planned it again on every execution (pgbench on the
 * positions page: 0.30 ms against 0.19).
 * <p>
 * The version is read before the statement that counts, so counts kept for a version have seen every write that
 * advanced the version to it. A write committed but not yet advanced (DataVersion's moment between the two) may be
 * missing from kept counts until it advances: the same moment in which an ETag is not yet new.
 */
final class KeptCounts {

    /** The counts, under their keys in the answer's JSON, and the version they were counted at. */
    record At(long version, ObjectNode counts) {

        /** The answer of {@link #uncounted} made whole. */
        void into(JsonNode answer) {
            ((ObjectNode) answer).setAll(counts);
        }
    }

    private final Planning.Statement uncounted;
    private final List<String> keys;

    private volatile At kept;

    /** {@code keys}: where the counts stand in the whole statement's answer, and are missing from {@code uncounted}'s. */
    KeptCounts(Planning.Statement uncounted, List<String> keys) {
        this.uncounted = uncounted;
        this.keys = List.copyOf(keys);
    }

    Planning.Statement uncounted() {
        return uncounted;
    }

    /** The counts kept for this version, or null when they must be counted. */
    At at(long version) {
        At at = kept;
        return at != null && at.version == version ? at : null;
    }

    /** The counts kept last, whatever their version, or null before any. */
    At last() {
        return kept;
    }

    /** Keeps the counts of a whole statement's answer, counted at this version. */
    void keep(long version, JsonNode answer) {
        ObjectNode counts = JsonNodeFactory.instance.objectNode();
        for (String key : keys) {
            counts.set(key, answer.get(key));
        }
        kept = new At(version, counts);
    }

    /** Bytes it may hold once counts are kept: a count is a number; an aggregate, up to a page of groups of a few hundred bytes. */
    long weight() {
        return uncounted.weight() + keys.stream().mapToLong(key -> key.equals("count") ? 64 : 32_768).sum();
    }
}
