package org.parley.common.read;

import java.util.HashMap;
import java.util.Map;

/**
 * An object of a planned answer: its fields' values by result key (alias or name), already what graphql-java
 * completes. Each field under it reads its value here ({@link ReadPlanner#valueOf}): no resolver runs.
 */
public final class PlannedRow {

    private final Map<String, Object> values;
    private final String type;

    /** A connection's, an edge's or page info's row: its type is the field's, never asked. */
    PlannedRow(int size) {
        this(null, size);
    }

    /** A record's row, which names its GraphQL type for an interface or union to resolve ({@link PlannedTypes}). */
    PlannedRow(String type, int size) {
        this.type = type;
        this.values = new HashMap<>(size * 2);
    }

    String type() {
        return type;
    }

    void put(String key, Object value) {
        values.put(key, value);
    }

    public Object get(String resultKey) {
        return values.get(resultKey);
    }
}
