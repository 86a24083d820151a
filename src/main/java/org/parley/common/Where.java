package org.parley.common;

import java.util.ArrayList;
import java.util.List;

/** Builds the where-clause of a filtered JPQL query from optional arguments; absent arguments add nothing. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code condition}, whose single parameter is written {@code ?}, when {@code value} is present. */
    public Where and(String condition, Object value) {
        if (value != null) {
            params.add(value);
            clauses.add(condition.replace("?", "?" + params.size())); // every `?` is this one parameter
        }
        return this;
    }

    /** Adds {@code condition}, whose parameters are written {@code ?}, with their values in order. */
    public Where andAll(String condition, List<Object> values) {
        StringBuilder numbered = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                params.add(values.get(next++));
                numbered.append('?').append(params.size());
            } else {
                numbered.append(c);
            }
        }
        clauses.add(numbered.toString());
        return this;
    }

    /** Adds a condition without parameter when {@code applies}. */
    public Where andIf(boolean applies, String condition) {
        if (applies) {
            clauses.add(condition);
        }
        return this;
    }

    /** Case-insensitive "contains" on {@code expression}, when {@code text} is present and not blank. */
    public Where contains(String expression, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String escaped = text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return and("lower(" + expression + ") like ? escape '\\'", "%" + escaped + "%");
    }

    public Where copy() {
        Where copy = new Where();
        copy.clauses.addAll(clauses);
        copy.params.addAll(params);
        return copy;
    }

    /** The conditions alone, in Panache's short form (empty when there are none). */
    public String conditions() {
        return String.join(" and ", clauses);
    }

    /** The query in Panache's short form: conditions then ordering, the entity implied. */
    public String query(String orderBy) {
        return (clauses.isEmpty() ? "" : String.join(" and ", clauses) + " ") + "order by " + orderBy;
    }

    public Object[] params() {
        return params.toArray();
    }
}
