package org.parley.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

/** Looks up any stored object by its global id. */
@ApplicationScoped
public class Nodes {

    @Inject
    EntityManager em;

    private volatile Map<String, Class<?>> types;

    public <T extends DomainEntity> T get(Class<T> type, String id) {
        T found = em.find(type, GlobalId.keyOf(id, type));
        if (found == null) {
            throw new NotFoundException("No " + GlobalId.typeName(type) + " has id " + TextRules.echo(id) + ".");
        }
        return Batch.unproxy(found);
    }

    public Node get(String id) {
        GlobalId.Decoded decoded = GlobalId.decode(id);
        Class<?> type = types().get(decoded.typeName());
        Object found = type == null ? null : em.find(type, decoded.key());
        if (!(found instanceof Node)) {
            throw new NotFoundException("Nothing has id " + TextRules.echo(id) + ".");
        }
        return (Node) Batch.unproxy(found);
    }

    private Map<String, Class<?>> types() {
        if (types == null) {
            types = em.getMetamodel().getEntities().stream().<Class<?>>map(EntityType::getJavaType)
                    .filter(Node.class::isAssignableFrom)
                    .collect(Collectors.toMap(GlobalId::typeName, Function.identity()));
        }
        return types;
    }
}
