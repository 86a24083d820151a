package org.parley.common.read;

import java.util.HashMap;
import java.util.Map;

/**
 * An object of a planned answer: its fields' values by result key (alias or name), already what graphql-java
 * completes. Each field under it reads its value here ({@link ReadPlanner#valueOf}): no resolver runs.
 */
public final class PlannedRow {

    private final Map<String, Object> values;

    PlannedRow(int size) {
        this.values = new HashMap<>(size * 2);
    }

    void put(String key, Object value) {
        values.put(key, value);
    }

    public Object get(String resultKey) {
        return values.get(resultKey);
    }
}
