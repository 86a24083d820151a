package org.parley.common.read;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.internal.BasicAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.parley.common.graphql.GlobalId;
import org.parley.common.paging.SortKey;

/**
 * A type as the planner reads it: its entity's table and columns, as Hibernate maps them (so no column name is
 * written twice), and the type's declared reads.
 */
final class EntityTable {

    private final EntityPersister persister;
    private final TypeRead declared;
    private final String name;
    private final String typeName;
    private final Map<String, FieldRead> fields = new ConcurrentHashMap<>();

    EntityTable(EntityPersister persister, TypeRead declared) {
        this.persister = persister;
        this.declared = declared;
        this.name = ((AbstractEntityPersister) persister).getTableName();
        this.typeName = GlobalId.typeName(declared.entity);
    }

    String name() {
        return name;
    }

    String typeName() {
        return typeName;
    }

    Class<?> entity() {
        return declared.entity;
    }

    String key() {
        return persister.getIdentifierMapping().getSelectable(0).getSelectionExpression();
    }

    /** A scalar subquery: {@code value} on this table's row aliased {@code alias} whose key is {@code key}, or null. */
    String one(String value, String alias, String key) {
        return "(select " + value + " from " + byKey(alias, key) + ")";
    }

    /**
     * This table aliased {@code alias}, where its key is {@code key}: ordered by the key and cut to one row so that
     * PostgreSQL probes the primary key. For a table of a few pages its planner otherwise filters the whole table once
     * per parent row (party under 840 delegations: 6 of a 15 ms statement; 50 sources under 4,140 red lines: 27 of 65).
     */
    String byKey(String alias, String key) {
        return name + " " + alias + " where " + alias + "." + key() + " = " + key + " order by " + alias + "." + key() + " fetch first 1 rows only";
    }

    /** The column of a basic or many-to-one attribute (for the latter, its foreign key). */
    String column(String attribute) {
        if (attribute.equals(persister.getIdentifierMapping().getAttributeName())) {
            return key();
        }
        AttributeMapping mapping = attribute(attribute);
        if (mapping instanceof BasicAttributeMapping basic) {
            return basic.getSelectionExpression();
        }
        if (mapping instanceof ToOneAttributeMapping toOne) {
            return toOne.getForeignKeyDescriptor().getKeyPart().getSelectable(0).getSelectionExpression();
        }
        throw new IllegalStateException(typeName + "." + attribute + " is neither a column nor a many-to-one");
    }

    /** A basic attribute's column with the reader of its Java type, or null when that type is not planned. */
    FieldRead.Column columnOf(String attribute) {
        if (attribute(attribute) instanceof BasicAttributeMapping basic) {
            return FieldRead.Column.of(basic.getSelectionExpression(), basic.getJavaType().getJavaTypeClass());
        }
        throw new IllegalStateException(typeName + "." + attribute + " is not a basic attribute");
    }

    /** The entity a many-to-one attribute names. */
    Class<?> target(String attribute) {
        if (attribute(attribute) instanceof ToOneAttributeMapping toOne) {
            return toOne.getAssociatedEntityMappingType().getJavaType().getJavaTypeClass();
        }
        throw new IllegalStateException(typeName + "." + attribute + " is not a many-to-one");
    }

    private AttributeMapping attribute(String attribute) {
        AttributeMapping mapping = persister.findAttributeMapping(attribute);
        if (mapping == null) {
            throw new IllegalStateException(typeName + " has no attribute " + attribute);
        }
        return mapping;
    }

    /** How a GraphQL field of this type reads: declared, the global id, or its attribute's column; null when none. */
    FieldRead field(String field) {
        FieldRead read = declared.declared.get(field);
        if (read != null) {
            return read;
        }
        return fields.computeIfAbsent(field, f -> {
            if (f.equals("id")) {
                return new FieldRead.Id(typeName);
            }
            AttributeMapping mapping = persister.findAttributeMapping(f);
            if (mapping instanceof BasicAttributeMapping) {
                FieldRead.Column column = columnOf(f);
                return column == null ? FieldRead.UNPLANNED : column;
            }
            return FieldRead.UNPLANNED;
        });
    }

    /** The ORDER BY terms of a sort key on this table, aliased. */
    List<String> order(SortKey<?> order, String alias) {
        return order(order, alias, false);
    }

    /** The order's terms, or their reverse (for `last`), by SortKey's one rule, this table's columns aliased. */
    List<String> order(SortKey<?> order, String alias, boolean backwards) {
        return order.orderBy(backwards, attribute -> alias + "." + column(attribute));
    }
}
