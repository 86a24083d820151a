package org.parley.common.paging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.parley.common.error.InvalidInputException;

/**
 * The order of a connection, read as keys from each item: the attribute paths of its query's order-by, how to read
 * them from an item (for cursors), their types (to read a cursor back), direction and where nulls go. The last key is
 * the id, so the order is total and a cursor names one place in it.
 */
public final class SortKey<T> {

    public static final String ORDER_BY = "The order of the items: by each term in turn, a tie broken by the next term "
            + "and at last by the record's id; items without a value for a term come after all others, ascending or "
            + "descending. Absent or empty: the order this list describes. A cursor is valid only in the order it was read in.";

    record Key<T>(String attribute, Function<T, Object> value, Class<?> type, boolean descending, boolean nullsLast) {
    }

    /** One term of a client's `orderBy`: an attribute, how an item gives its value (for cursors), its type, its direction. */
    public record Term<T>(String attribute, Function<T, Object> value, Class<?> type, boolean descending) {
    }

    /** A list's order enum (`RoundOrder`): each constant is one term of `orderBy`. */
    public interface Ordering<T> {
        Term<T> term();

        String name();
    }

    public static <T> Term<T> ascending(String attribute, Function<T, Object> value, Class<?> type) {
        return new Term<>(attribute, value, type, false);
    }

    public static <T> Term<T> descending(String attribute, Function<T, Object> value, Class<?> type) {
        return new Term<>(attribute, value, type, true);
    }

    private final List<Key<T>> keys;
    /** The terms a client named, joined ("DATE_DESC,NUMBER_ASC"), written into cursors; null for the list's own order. */
    private final String name;
    /** The list's order enum ({@link #orderedBy}); null when it takes no `orderBy`. */
    private final Class<? extends Ordering<T>> terms;

    private SortKey(List<Key<T>> keys) {
        this(keys, null, null);
    }

    private SortKey(List<Key<T>> keys, String name, Class<? extends Ordering<T>> terms) {
        this.keys = keys;
        this.name = name;
        this.terms = terms;
    }

    /** This order, as the default of a list whose `orderBy` takes the constants of {@code terms}. */
    public <E extends Enum<E> & Ordering<T>> SortKey<T> orderedBy(Class<E> terms) {
        return new SortKey<>(keys, null, terms);
    }

    /**
     * The order a client's `orderBy` names: its terms in turn, items lacking a value last, then the id; this order when
     * none is named. The values are the enum's constants or their names (graphql-java may hand either over).
     */
    public SortKey<T> chosen(List<?> orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return this;
        }
        if (terms == null) {
            throw new IllegalStateException("this list takes no orderBy");
        }
        List<Key<T>> chosen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Object value : orderBy) {
            Ordering<T> ordering = ordering(value);
            Term<T> term = ordering.term();
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).attribute().equals(term.attribute())) {
                    throw new InvalidInputException("`orderBy` orders by one field twice (" + names.get(i) + ", " + ordering.name()
                            + "): name each field once.");
                }
            }
            chosen.add(new Key<>(term.attribute(), term.value(), term.type(), term.descending(), true));
            names.add(ordering.name());
        }
        chosen.add(keys.get(keys.size() - 1)); // the id: the order is total
        return new SortKey<>(List.copyOf(chosen), String.join(",", names), terms);
    }

    /** {@link #chosen}, or null when the client names no order: for a list whose own order no SortKey says. */
    public SortKey<T> named(List<?> orderBy) {
        return orderBy == null || orderBy.isEmpty() ? null : chosen(orderBy);
    }

    @SuppressWarnings("unchecked")
    private Ordering<T> ordering(Object value) {
        if (value instanceof Ordering<?> ordering && terms.isInstance(ordering)) {
            return (Ordering<T>) ordering;
        }
        for (Ordering<T> constant : terms.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidInputException("`orderBy` takes " + terms.getSimpleName() + " values, got " + value + ".");
    }

    /** The terms a client named, as cursors carry them; null for the list's own order. */
    String name() {
        return name;
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

    /** This order as a JPQL order-by, each attribute under {@code alias} ("p.statedDate, p.id"). */
    public String orderBy(String alias) {
        return String.join(", ", orderBy(false, attribute -> alias + "." + attribute));
    }

    /** The JPQL order-by of a query on the entity without an alias, forwards or backwards (for `last`). */
    public String orderBy(boolean backwards) {
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
