package org.parley.common.read;

import java.util.HashMap;
import java.util.Map;

import org.parley.common.DomainEntity;
import org.parley.common.paging.SortKey;

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

    public static TypeRead of(Class<? extends DomainEntity> entity) {
        return new TypeRead(entity);
    }

    /** A {@code PartialDate} kept as its first day and its precision. */
    public TypeRead partialDate(String field, String startAttribute, String precisionAttribute) {
        declared.put(field, new FieldRead.PartialDateRead(startAttribute, precisionAttribute));
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
