package org.parley.common.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the fields of one GraphQL type read in SQL, declared next to the type ({@code RoundReads}...). A field a
 * declaration does not name reads the column of the entity's attribute of the same name, when there is one; {@code id}
 * is the global id. A field neither declared nor a column is not planned: the request it is in runs as before.
 */
public final class TypeRead {

    final Class<? extends DomainEntity> entity;
    final Map<String, FieldRead> declared = new HashMap<>();

    private TypeRead(Class<? extends DomainEntity> entity) {
        this.entity = entity;
    }

    /** Another declaration's fields added to this one's (a type whose fields several packages serve). */
    TypeRead with(TypeRead other) {
        declared.putAll(other.declared);
        return this;
    }

    /** Another declaration's fields, where this one declares none of the same name. */
    TypeRead under(TypeRead other) {
        other.declared.forEach(declared::putIfAbsent);
        return this;
    }

    public static TypeRead of(Class<? extends DomainEntity> entity) {
        return new TypeRead(entity);
    }

    /**
     * Fields every type has (the evidence of its sources), declared once for all: a type's own declaration of the
     * same field wins.
     */
    public static TypeRead everyType() {
        return new TypeRead(DomainEntity.class);
    }

    /** The rows of a nested list, written in SQL under the parent's row. */
    @FunctionalInterface
    public interface Children {
        /**
         * {@code child} aliases the child's table, {@code joined} is free for one table joined to it, {@code parent}
         * aliases the parent's row; {@code arguments} are the field's.
         */
        Rows rows(Sql sql, String child, String joined, String parent, Map<String, Object> arguments);
    }

    /** A value computed in SQL on the row aliased {@code alias}, given the field's {@code arguments}. */
    @FunctionalInterface
    public interface Expression {
        String sql(Sql sql, String alias, Map<String, Object> arguments);
    }

    /** A nested list of {@code child} rows as {@code rows} writes them, cut by `first`, taking these other arguments. */
    public TypeRead list(String field, Class<? extends DomainEntity> child, Children rows, String... arguments) {
        declared.put(field, new FieldRead.ListRead(child, rows, List.of(arguments), null));
        return this;
    }

    /**
     * The same, for a list that also takes `orderBy` with the terms of {@code order}: the rows in the order a client
     * names (by {@link SortKey}'s rule, as the root list), or in their own order as {@code rows} writes it.
     */
    public <C extends DomainEntity> TypeRead list(String field, Class<C> child, SortKey<C> order, Children rows, String... arguments) {
        declared.put(field, new FieldRead.ListRead(child, rows, List.of(arguments), order));
        return this;
    }

    /**
     * The rows of a list of entries of the record whose key {@code subject} (an expression) gives, their columns as
     * {@link RootRead.EntriesRead} names them, given the field's arguments besides the paging ones.
     */
    @FunctionalInterface
    public interface EntryRows {
        String rows(Sql sql, String subject, Map<String, Object> arguments);
    }

    /**
     * A connection of entries that each hold a record of one of several types (a conflict's timeline): the rows
     * {@code rows} writes, ranked in SQL and paged by offsets, each entry's record of the entity its kind names in
     * {@code kinds}; taking these arguments besides the paging ones.
     */
    public TypeRead entries(String field, Map<String, Class<? extends DomainEntity>> kinds, EntryRows rows, String... arguments) {
        declared.put(field, new FieldRead.EntryListRead(Map.copyOf(kinds), rows, List.of(arguments)));
        return this;
    }

    /** A Boolean computed in SQL, taking these arguments. */
    public TypeRead bool(String field, Expression expression, String... arguments) {
        declared.put(field, new FieldRead.Computed(expression, JsonNode::booleanValue, List.of(arguments)));
        return this;
    }

    /** A String or an enum's name computed in SQL, taking these arguments. */
    public TypeRead text(String field, Expression expression, String... arguments) {
        declared.put(field, new FieldRead.Computed(expression, JsonNode::textValue, List.of(arguments)));
        return this;
    }

    /** The first of the {@code child} rows {@code rows} writes, in their order, as an object (null when none). */
    public TypeRead one(String field, Class<? extends DomainEntity> child, Children rows, String... arguments) {
        declared.put(field, new FieldRead.OneRead(child, rows, List.of(arguments)));
        return this;
    }

    /** A {@code PartialDate} kept as its first day and its precision. */
    public TypeRead partialDate(String field, String startAttribute, String precisionAttribute) {
        declared.put(field, new FieldRead.PartialDateRead(startAttribute, precisionAttribute));
        return this;
    }

    /** A {@code PartialDate} field and the field that gives its precision, both read from the same two attributes. */
    public TypeRead partialDate(String field, String precisionField, String startAttribute, String precisionAttribute) {
        return partialDate(field, startAttribute, precisionAttribute).precision(precisionField, startAttribute, precisionAttribute);
    }

    /** The precision of a {@code PartialDate}, null when its first day is (as the entities' getters give it). */
    private TypeRead precision(String field, String startAttribute, String precisionAttribute) {
        Class<?> owner = entity;
        return text(field, (sql, row, arguments) -> "case when " + sql.column(owner, row, startAttribute) + " is null then null else "
                + sql.column(owner, row, precisionAttribute) + " end");
    }

    /** The column of an attribute of another name. */
    public TypeRead attribute(String field, String attribute) {
        declared.put(field, new FieldRead.Attribute(attribute));
        return this;
    }

    /**
     * An object of GraphQL type {@code typeName} that is no record, read from this row (Position.conditions): its
     * fields as {@code fields} declares them on this type's entity; null where {@code absent} holds.
     */
    public TypeRead embedded(String field, String typeName, Expression absent, TypeRead fields) {
        declared.put(field, new FieldRead.Embedded(typeName, absent, Map.copyOf(fields.declared)));
        return this;
    }

    /**
     * Objects of GraphQL type {@code typeName} that are no records, one per row {@code rows} writes (an element
     * collection, such as Event.figures), cut by `first`: each field of {@code columns} reads the column of its name,
     * as the Java type given.
     */
    public TypeRead values(String field, String typeName, Children rows, Map<String, Class<?>> columns) {
        Map<String, FieldRead> fields = new HashMap<>();
        columns.forEach((name, type) -> fields.put(name, FieldRead.Column.of(name, type)));
        declared.put(field, new FieldRead.Objects(typeName, rows, Map.copyOf(fields)));
        return this;
    }

    /**
     * Objects of GraphQL type {@code typeName} that are no records, one per row {@code rows} writes (Comparison's
     * findings), cut by `first` where the schema pages them: each field as {@code fields} ({@link #ofRows}) declares it.
     */
    public TypeRead objects(String field, String typeName, Children rows, TypeRead fields) {
        declared.put(field, new FieldRead.Objects(typeName, rows, Map.copyOf(fields.declared)));
        return this;
    }

    /** The fields of an object that is no record, read from rows a declaration writes ({@link #objects}). */
    public static TypeRead ofRows() {
        return new TypeRead(null);
    }

    /** The record of {@code entity} whose key {@code key} gives on the row, or null. */
    public TypeRead record(String field, Class<? extends DomainEntity> entity, Expression key) {
        declared.put(field, new FieldRead.Record(entity, key));
        return this;
    }

    /** A value known when the read is planned, such as an argument given back as asked (read by no SQL). */
    public TypeRead constant(String field, Object value) {
        declared.put(field, new FieldRead.Constant(value));
        return this;
    }

    /** The object a many-to-one attribute names, or null. */
    public TypeRead toOne(String field, String attribute) {
        declared.put(field, new FieldRead.ToOne(attribute));
        return this;
    }

    /** The children whose many-to-one {@code childAttribute} names this object, in {@code order}, cut by `first`. */
    public <C extends DomainEntity> TypeRead toMany(String field, Class<C> child, String childAttribute, SortKey<C> order) {
        declared.put(field, new FieldRead.ToMany(child, childAttribute, order));
        return this;
    }

    /**
     * The children listed in a join table ({@code parentColumn}, {@code childColumn}, ordered by {@code orderColumn}),
     * cut by `first`.
     */
    public TypeRead through(String field, Class<? extends DomainEntity> child, String joinTable, String parentColumn,
            String childColumn, String orderColumn) {
        declared.put(field, new FieldRead.Through(child, joinTable, parentColumn, childColumn, orderColumn));
        return this;
    }
}
