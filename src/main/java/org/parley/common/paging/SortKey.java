package org.parley.common.paging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The order of a connection, read as keys from each item: the attribute paths of its query's order-by, how to read
 * them from an item (for cursors), their types (to read a cursor back), direction and where nulls go. The last key is
 * the id, so the order is total and a cursor names one place in it.
 */
public final class SortKey<T> {

    record Key<T>(String attribute, Function<T, Object> value, Class<?> type, boolean descending, boolean nullsLast) {
    }

    private final List<Key<T>> keys;

    private SortKey(List<Key<T>> keys) {
        this.keys = keys;
    }

    public static <T> SortKey<T> by(String attribute, Function<T, Object> value, Class<?> type) {
        return new SortKey<T>(List.of()).then(attribute, value, type, false, false);
    }

    /** Ascending, with items lacking a value after all others. */
    public static <T> SortKey<T> byNullsLast(String attribute, Function<T, Object> value, Class<?> type) {
        return new SortKey<T>(List.of()).then(attribute, value, type, false, true);
    }

    /** Descending, with items lacking a value after all others. */
    public static <T> SortKey<T> byDescendingNullsLast(String attribute, Function<T, Object> value, Class<?> type) {
        return new SortKey<T>(List.of()).then(attribute, value, type, true, true);
    }

    public static <T> SortKey<T> byId(Function<T, Object> id) {
        return new SortKey<T>(List.of()).then("id", id, Long.class, false, false);
    }

    public SortKey<T> then(String attribute, Function<T, Object> value, Class<?> type) {
        return then(attribute, value, type, false, false);
    }

    public SortKey<T> thenId(Function<T, Object> id) {
        return then("id", id, Long.class, false, false);
    }

    private SortKey<T> then(String attribute, Function<T, Object> value, Class<?> type, boolean descending, boolean nullsLast) {
        List<Key<T>> more = new ArrayList<>(keys);
        more.add(new Key<>(attribute, value, type, descending, nullsLast));
        return new SortKey<>(List.copyOf(more));
    }

    List<Key<T>> keys() {
        return keys;
    }

    /** The JPQL order-by, forwards or backwards (for `last`). */
    String orderBy(boolean backwards) {
        return String.join(", ", orderBy(backwards, attribute -> attribute));
    }

    /**
     * The order's terms, or their reverse (for `last`), each key's attribute written as {@code column} names it: one
     * rule for the JPQL of Pager and the SQL of the read planner.
     */
    public List<String> orderBy(boolean backwards, Function<String, String> column) {
        List<String> terms = new ArrayList<>();
        for (Key<T> key : keys) {
            boolean descending = key.descending() != backwards;
            boolean nullsLast = key.nullsLast() != backwards;
            terms.add(column.apply(key.attribute()) + (descending ? " desc" : "")
                    + (key.nullsLast() ? (nullsLast ? " nulls last" : " nulls first") : ""));
        }
        return terms;
    }

    /** {@link #after(List, boolean, Function, BiFunction)} in JPQL, the i-th value bound as {@code :<prefix><i>}. */
    String after(List<Object> values, boolean backwards, String prefix, Map<String, Object> parameters) {
        return after(values, backwards, attribute -> attribute, (i, value) -> {
            parameters.put(prefix + i, value);
            return ":" + prefix + i;
        });
    }

    /**
     * The condition "after the item whose keys are {@code values}" in this order (or before it, backwards):
     * lexicographic over the keys, so the database seeks to the cursor through the order's index instead of counting
     * rows up to it. {@code column} names a key's attribute; {@code placeholder} binds the i-th key's value and gives
     * the text standing for it.
     */
    public String after(List<Object> values, boolean backwards, Function<String, String> column,
            BiFunction<Integer, Object, String> placeholder) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String beyond = beyond(keys.get(i), column.apply(keys.get(i).attribute()), i, values.get(i), backwards, placeholder);
            if (beyond == null) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) { // equal on every earlier key
                String earlier = column.apply(keys.get(j).attribute());
                terms.add(values.get(j) == null ? earlier + " is null" : earlier + " = " + placeholder.apply(j, values.get(j)));
            }
            terms.add(beyond);
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")";
    }

    /** The condition "strictly beyond {@code value}" on the i-th key, or null when nothing can be. */
    private static String beyond(Key<?> key, String column, int i, Object value, boolean backwards,
            BiFunction<Integer, Object, String> placeholder) {
        boolean descending = key.descending() != backwards;
        boolean nullsAfter = key.nullsLast() != backwards;
        if (value == null) {
            // all nulls are equal: beyond a null lie the values only when nulls come first
            return key.nullsLast() && !nullsAfter ? column + " is not null" : null;
        }
        String compared = column + (descending ? " < " : " > ") + placeholder.apply(i, value);
        return key.nullsLast() && nullsAfter ? "(" + compared + " or " + column + " is null)" : compared;
    }

    List<Object> valuesOf(T item) {
        List<Object> values = new ArrayList<>(keys.size());
        for (Key<T> key : keys) {
            Object value = key.value().apply(item);
            values.add(value instanceof LocalDate date ? date.toString() : value);
        }
        return values;
    }
}
