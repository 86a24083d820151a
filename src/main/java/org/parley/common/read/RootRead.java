package org.parley.common.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.common.aggregate.Dimension;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;

/**
 * A root field the planner answers: a lookup by id, or a Relay connection over a table in the order of its sort key
 * with the filters its arguments name. An argument without a filter here keeps the request on the resolvers.
 */
public final class RootRead {

    final String field;
    final Class<? extends DomainEntity> entity;
    /** Null for a lookup by id. */
    final SortKey<?> order;
    final Map<String, Filter> filters = new HashMap<>();
    /** Null but for a list of records of several types ({@link #entries}). */
    final EntriesRead entries;
    /** Null but for an object that is no record ({@link #object}). */
    final ObjectRead object;
    /** Null but for a list that is no connection ({@link #list}). */
    final ListRead list;
    /** What a connection's `aggregate` groups its items by; null for other roots. */
    final Dimensions dimensions;
    /** The SQL of the dimensions only HQL says in {@link #dimensions} ({@link Dimensions.Part#DECLARED}). */
    final Map<Dimension, DimensionRead> declaredDimensions = new HashMap<>();

    /** Null but for a record of any type that another table's row names ({@link #identified}). */
    final IdentifiedRead identified;

    /** Null but for a connection ranked in Java whose items' records the planner reads ({@link #ranked}). */
    final Ranked ranked;

    private RootRead(String field, Class<? extends DomainEntity> entity, SortKey<?> order) {
        this(field, entity, order, null, null, null, null, null);
    }

    private RootRead(String field, Class<? extends DomainEntity> entity, SortKey<?> order, EntriesRead entries, ObjectRead object,
            ListRead list, Dimensions dimensions, IdentifiedRead identified) {
        this(field, entity, order, entries, object, list, dimensions, identified, null);
    }

    private RootRead(String field, Class<? extends DomainEntity> entity, SortKey<?> order, EntriesRead entries, ObjectRead object,
            ListRead list, Dimensions dimensions, IdentifiedRead identified, Ranked ranked) {
        this.field = field;
        this.entity = entity;
        this.order = order;
        this.entries = entries;
        this.object = object;
        this.list = list;
        this.dimensions = dimensions;
        this.identified = identified;
        this.ranked = ranked;
    }

    /** Whether a root of this field looks one record up by its id (neither a list nor computed). */
    boolean byId() {
        return order == null && entries == null && object == null && list == null && identified == null && ranked == null;
    }

    /**
     * A record of any type, or null: the one a row of another table names by its type and key (an external
     * identifier's subject), the row as its arguments find it.
     */
    public static RootRead identified(String field, IdentifiedRead read) {
        return new RootRead(field, DomainEntity.class, null, null, null, null, null, read);
    }

    /** How such a root finds its row, given its arguments (it throws, as a filter does, on one the resolver refuses). */
    @FunctionalInterface
    public interface IdentifiedRead {
        /** {@code row} aliases the table that names the record. */
        Identified read(Sql sql, String row, Map<String, Object> arguments);
    }

    /** The row (FROM and WHERE: at most one), and its columns that give the record's GraphQL type name and its key. */
    public record Identified(String from, String where, String typeName, String key) {
    }

    /** A plain list of records (no connection, no paging: `positionHistory`), the rows its arguments name. */
    public static RootRead list(String field, Class<? extends DomainEntity> entity, ListRead read) {
        return new RootRead(field, entity, null, null, null, read, null, null);
    }

    /** How a plain list root reads, given its arguments (it throws, as a filter does, on one the resolver refuses). */
    @FunctionalInterface
    public interface ListRead {
        /** {@code row} aliases the entity's table in the rows. */
        Listed read(Sql sql, String row, Map<String, Object> arguments);
    }

    /** The list's rows (their key unused: the list is never cut), and the condition that its subject exists ({@code missing} else). */
    public record Listed(Rows rows, String exists, java.util.function.Supplier<RuntimeException> missing) {
    }

    /** An object that is no record, computed from the root field's arguments (a comparison): its row and its fields. */
    public static RootRead object(String field, ObjectRead read) {
        return new RootRead(field, DomainEntity.class, null, null, read, null, null, null);
    }

    /** How an object root reads, given the root field's arguments (it throws, as a filter does, on one the resolver refuses). */
    @FunctionalInterface
    public interface ObjectRead {
        /** {@code row} aliases the one row the object is read from. */
        Single read(Sql sql, String row, Map<String, Object> arguments);
    }

    /**
     * The object of GraphQL type {@code typeName} read from the one row of {@code from} (aliased as given) where
     * {@code where} holds, its fields as {@code fields} ({@link TypeRead#ofRows}) declares them; {@code missing} is
     * thrown when there is no such row (the subject the arguments name does not exist).
     */
    public record Single(String typeName, String from, String where, TypeRead fields, java.util.function.Supplier<RuntimeException> missing) {
    }

    /**
     * A connection of entries that each hold a record of one of several types (a timeline): the rows {@code rows}
     * writes, ranked in SQL and paged by offsets, as Pager pages such a list in memory.
     */
    public static RootRead entries(String field, EntriesRead rows) {
        return new RootRead(field, DomainEntity.class, null, rows, null, null, null, null);
    }

    /**
     * The rows of a list of entries, given the root field's arguments besides the paging ones. Each row has the
     * columns {@code k} (its kind's name), {@code r} (its kind's rank in the order), {@code s} and {@code p} (its date:
     * first day and precision), {@code q1} and {@code q2} (numbers that order the rows of a kind that tie on the date;
     * {@code q2} is the record's key) and {@code t} (its title).
     */
    @FunctionalInterface
    public interface EntriesRead {
        Entries rows(Sql sql, Map<String, Object> arguments);
    }

    /**
     * {@code rows} (a select, or a union of selects, of the columns {@link EntriesRead} names), the entity each kind's
     * record is of, and the condition that the list's subject exists ({@code missing} is thrown when it does not).
     */
    public record Entries(String rows, Map<String, Class<? extends DomainEntity>> kinds, String exists,
            java.util.function.Supplier<RuntimeException> missing) {
    }

    /**
     * A connection ranked and paged in Java (search's hits: no SQL ranks them alike on both databases), whose items the
     * resolver makes: the planner reads the page's records, each the field {@code recordField} of its item and a record
     * of the entity its kind names in {@code kinds}; the item's fields {@code itemFields} are the resolver's values, as
     * are the connection's cursors, page info and count. {@code items} reads an item's kind, key and fields.
     */
    public static RootRead ranked(String field, String recordField, java.util.Set<String> itemFields,
            Map<String, Class<? extends DomainEntity>> kinds, RankedItems items) {
        return new RootRead(field, DomainEntity.class, null, null, null, null, null, null,
                new Ranked(recordField, itemFields, kinds, items));
    }

    /** How the planner reads an item of a ranked root's page, as its resolver made it. */
    public interface RankedItems {

        /** The kind of its record, one the root declares. */
        String kind(Object item);

        /** Its record's key. */
        long key(Object item);

        /** The value of its own field of this name (one the root declares), as the field's resolver answers it. */
        Object field(Object item, String name);
    }

    /** What {@link #ranked} declares. */
    record Ranked(String recordField, java.util.Set<String> itemFields, Map<String, Class<? extends DomainEntity>> kinds,
            RankedItems items) {
    }

    /** `field(id: ID!)`: the object the id names, or null. */
    public static RootRead byId(String field, Class<? extends DomainEntity> entity) {
        return new RootRead(field, entity, null);
    }

    /**
     * A connection of all rows, in {@code order}, with keyset cursors; its `aggregate` counts them in groups by
     * {@code dimensions}.
     */
    public static <E extends DomainEntity> RootRead connection(String field, Class<E> entity, SortKey<E> order, Dimensions dimensions) {
        return new RootRead(field, entity, order, null, null, null, dimensions, null);
    }

    /**
     * Filters that another package adds to a root declared elsewhere, where a filter reads tables only that package
     * knows (`parties(conflict:)`, declared in conflict/ beside the participants it reads).
     */
    public static RootRead moreFilters(String field) {
        return new RootRead(field, null, null);
    }

    /** The root declared with the filters added to it ({@link #moreFilters}), whichever came first. */
    RootRead merged(RootRead other) {
        RootRead declared = entity != null ? this : other;
        declared.filters.putAll((declared == this ? other : this).filters);
        return declared;
    }

    /** A dimension's key in SQL on the list's row aliased {@code row}: its expressions, as of the end of {@code day}. */
    @FunctionalInterface
    public interface DimensionRead {
        List<String> expressions(Sql sql, String row, LocalDate day);
    }

    /** The SQL of a dimension {@link Dimensions} declares by an HQL expression (where a record stood on a day). */
    public RootRead dimension(Dimension dimension, DimensionRead read) {
        declaredDimensions.put(dimension, read);
        return this;
    }

    public RootRead filter(String argument, Filter filter) {
        filters.put(argument, filter);
        return this;
    }

    /**
     * The condition an argument's value sets on the rows; it throws (any exception) on a value the resolver would
     * refuse, so that the resolver answers it with its own error.
     */
    @FunctionalInterface
    public interface Filter {

        String where(Object value, Conditions rows);

        static Filter equal(String attribute) {
            return (value, rows) -> rows.column(attribute) + " = " + rows.bind(stored(value));
        }

        /** An argument's value as a column stores it: an enum by its name (graphql-java may hand either over). */
        static Object stored(Object value) {
            return value instanceof Enum<?> e ? e.name() : value;
        }

        /** On or after the first day of a partial date. */
        static Filter from(String attribute) {
            return (value, rows) -> rows.column(attribute) + " >= " + rows.bind(((org.parley.common.value.PartialDate) value).start());
        }

        /** On or before the last day of a partial date. */
        static Filter to(String attribute) {
            return (value, rows) -> rows.column(attribute) + " <= " + rows.bind(((org.parley.common.value.PartialDate) value).end());
        }

        /** The row's many-to-one names the object of this global id. */
        static Filter id(String attribute, Class<?> type) {
            return (value, rows) -> rows.column(attribute) + " = " + rows.bind(org.parley.common.graphql.GlobalId.keyOf((String) value, type));
        }

        /** Case-insensitive "contains", as {@code Where.contains}; blank text filters nothing. */
        static Filter contains(String attribute) {
            return (value, rows) -> containing(rows.column(attribute), (String) value, rows);
        }

        /** The SQL {@code expression} contains the text, case-insensitive; null (no condition) for blank text. */
        static String containing(String expression, String text, Conditions rows) {
            return text.isBlank() ? null
                    : "lower(" + expression + ") like " + rows.bind(org.parley.common.persistence.Where.containing(text)) + " escape '\\'";
        }

        /** An input object: each of its fields filters as named; a field without a filter given a value is not planned. */
        static Filter fields(Map<String, Filter> byField) {
            return (value, rows) -> {
                StringBuilder where = new StringBuilder();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    if (entry.getValue() == null) {
                        continue;
                    }
                    Filter filter = byField.get((String) entry.getKey());
                    if (filter == null) {
                        throw Planning.NOT_PLANNED;
                    }
                    String condition = filter.where(entry.getValue(), rows);
                    if (condition != null) {
                        where.append(where.isEmpty() ? "" : " and ").append(condition);
                    }
                }
                return where.isEmpty() ? null : where.toString();
            };
        }
    }

    /** The rows a filter narrows: their columns by attribute, parameters bound in order, and the rest of SQL. */
    public interface Conditions {
        String column(String attribute);

        String bind(Object value);

        /** The alias of the rows' table. */
        String row();

        /** Tables, columns and aliases for a filter that reads other tables ({@code ownerKey(row())} is the row's key). */
        Sql sql();

        /** The value of another argument of the root field, or null (for a filter that depends on two arguments). */
        Object argument(String name);
    }
}
