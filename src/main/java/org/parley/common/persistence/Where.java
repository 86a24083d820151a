package org.parley.common.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the where-clause of a filtered JPQL query from optional arguments; absent arguments add nothing. Values are
 * named parameters, written `:name` in the conditions as the caller wrote them: nothing is rewritten.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition}, which names its value {@code :parameter}, when {@code value} is present. */
    public Where and(String condition, String parameter, Object value) {
        if (value != null) {
            bind(parameter, value);
            clauses.add(condition);
        }
        return this;
    }

    /** Adds {@code condition} with the values of the parameters it names. */
    public Where andAll(String condition, Map<String, Object> values) {
        values.forEach(this::bind);
        clauses.add(condition);
        return this;
    }

    /** Adds a condition without parameter when {@code applies}. */
    public Where andIf(boolean applies, String condition) {
        if (applies) {
            clauses.add(condition);
        }
        return this;
    }

    /**
     * Case-insensitive "contains" on {@code expression}, its pattern named {@code :parameter}, when {@code text} is
     * present and not blank.
     */
    public Where contains(String expression, String parameter, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return and("lower(" + expression + ") like :" + parameter + " escape '\\'", parameter, containing(text));
    }

    /** The LIKE pattern (escape character `\`) of a case-insensitive "contains" on lower-cased values. */
    public static String containing(String text) {
        return "%" + text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private void bind(String parameter, Object value) {
        if (parameters.containsKey(parameter)) { // two conditions cannot share a name with different values
            throw new IllegalArgumentException("parameter :" + parameter + " is bound twice");
        }
        parameters.put(parameter, value);
    }

    public Where copy() {
        Where copy = new Where();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
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

    /** The values of the named parameters. */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
