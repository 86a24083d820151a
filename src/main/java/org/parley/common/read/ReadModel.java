package org.parley.common.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.parley.common.Settings;
import org.parley.common.persistence.Database;

/** Every type's {@link Reads}, tied to Hibernate's mapping of its entity: what the planner knows. */
@Singleton
public class ReadModel {

    final SqlDialect dialect;
    final int defaultSize;
    final int maxSize;
    private final Instance<Reads> declarations;
    private final EntityManagerFactory persistence;
    private volatile Map<Class<?>, EntityTable> tables;
    private volatile Map<String, EntityTable> nodes;
    private volatile Map<String, RootRead> roots;
    private StatementInspector inspector;

    @Inject
    public ReadModel(Settings settings, Database database, Instance<Reads> declarations, EntityManagerFactory persistence) {
        this.dialect = SqlDialect.of(database);
        this.defaultSize = settings.paging().defaultSize();
        this.maxSize = settings.paging().maxSize();
        this.declarations = declarations;
        this.persistence = persistence;
    }

    EntityTable table(Class<?> entity) {
        load();
        return tables.get(entity);
    }

    /** Every type the model knows. */
    java.util.Collection<EntityTable> tables() {
        load();
        return tables.values();
    }

    /** The table of a GraphQL object type that implements Node, or null. */
    EntityTable nodeTable(String typeName) {
        load();
        return nodes.get(typeName);
    }

    /** A planned statement's SQL as the statement inspector configured for Hibernate sees (and may rewrite) it. */
    String inspected(String sql) {
        load();
        return inspector == null ? sql : inspector.inspect(sql);
    }

    /** Every type the model knows that `node(id:)` finds, by its GraphQL name. */
    Map<String, EntityTable> nodeTables() {
        load();
        return nodes;
    }

    RootRead root(String field) {
        load();
        return roots.get(field);
    }

    /** On first use: Hibernate's mapping is complete only once it has started. */
    private void load() {
        if (roots != null) {
            return;
        }
        synchronized (this) {
            if (roots != null) {
                return;
            }
            SessionFactoryImplementor hibernate = persistence.unwrap(SessionFactoryImplementor.class);
            MappingMetamodel mapping = hibernate.getMappingMetamodel();
            inspector = hibernate.getSessionFactoryOptions().getStatementInspector();
            Map<Class<?>, TypeRead> types = new HashMap<>();
            List<TypeRead> more = new ArrayList<>();
            Map<String, RootRead> byField = new HashMap<>();
            for (Reads reads : declarations) {
                TypeRead type = reads.type();
                if (type != null) {
                    types.put(type.entity, type);
                }
                more.addAll(reads.more());
                for (RootRead root : reads.roots()) {
                    byField.merge(root.field, root, RootRead::merged);
                }
            }
            TypeRead everyType = types.remove(org.parley.common.persistence.DomainEntity.class);
            for (TypeRead fields : more) {
                if (fields.entity == org.parley.common.persistence.DomainEntity.class) {
                    everyType = everyType == null ? fields : everyType.with(fields);
                } else {
                    types.computeIfAbsent(fields.entity, entity -> TypeRead.of(fields.entity)).with(fields);
                }
            }
            if (everyType != null) {
                for (TypeRead type : types.values()) {
                    type.under(everyType);
                }
            }
            Map<Class<?>, EntityTable> byEntity = new HashMap<>();
            types.forEach((entity, type) -> byEntity.put(entity, new EntityTable(mapping.getEntityDescriptor(entity), type)));
            tables = Map.copyOf(byEntity);
            nodes = byEntity.values().stream().filter(table -> org.parley.common.graphql.Node.class.isAssignableFrom(table.entity()))
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(EntityTable::typeName, table -> table));
            roots = Map.copyOf(byField);
        }
    }
}
