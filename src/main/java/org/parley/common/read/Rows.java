package org.parley.common.read;

import java.util.List;

/**
 * The rows of a nested list under its parent's row: FROM (the child's table, and any table joined to it), WHERE
 * (tying them to the parent), their ORDER BY terms, and a key unique among them (what H2 cuts the list on).
 */
public record Rows(String from, String where, List<String> order, String key) {

    /** A scalar subquery: {@code value} on the first of these rows in their order, null when there is none. */
    public String first(String value) {
        return "(select " + value + " from " + from + " where " + where + " order by " + String.join(", ", order) + " fetch first 1 rows only)";
    }
}
