package org.parley.common.read;

/**
 * An object of a planned answer: its fields' values by result key (alias or name), already what graphql-java
 * completes. Each field under it reads its value here ({@link ReadPlanner#valueOf}): no resolver runs. A row holds a
 * selection's few fields in arrays, looked up by scan: an answer makes thousands of rows and reads each once, which
 * costs less that way than with a hash map per row.
 */
public final class PlannedRow {

    private final String[] keys;
    private final Object[] values;
    private final String type;
    private int size;

    /** A connection's, an edge's or page info's row: its type is the field's, never asked. */
    PlannedRow(int size) {
        this(null, size);
    }

    /** A record's row, which names its GraphQL type for an interface or union to resolve ({@link PlannedTypes}). */
    PlannedRow(String type, int size) {
        this.type = type;
        this.keys = new String[size];
        this.values = new Object[size];
    }

    String type() {
        return type;
    }

    void put(String key, Object value) {
        keys[size] = key;
        values[size++] = value;
    }

    public Object get(String resultKey) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(resultKey)) {
                return values[i];
            }
        }
        return null;
    }
}
