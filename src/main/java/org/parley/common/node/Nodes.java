package org.parley.common.node;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.parley.common.error.NotFoundException;
import org.parley.common.graphql.GlobalId;
import org.parley.common.graphql.Node;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.TextRules;

/** Looks up any stored object by its global id. */
@ApplicationScoped
public class Nodes {

    /** What every by-id lookup promises, after its first sentence. */
    public static final String LOOKUP = " Null when there is none; an error of code VALIDATION when the id is malformed or names another type.";

    @Inject
    EntityManager em;

    private volatile Map<String, Class<?>> types;

    /** The record the id names; NOT_FOUND when none does, VALIDATION when the id is malformed or of another type. */
    public <T extends DomainEntity> T get(Class<T> type, String id) {
        T found = find(type, id);
        if (found == null) {
            throw notFound(type, id);
        }
        return found;
    }

    /** The error of an id of this type that names no record. */
    public static NotFoundException notFound(Class<?> type, String id) {
        return new NotFoundException("No " + GlobalId.typeName(type) + " has id " + TextRules.echo(id) + ".");
    }

    /**
     * The record the id names, or null when none does (a lookup's answer, as Relay expects); VALIDATION when the id is
     * malformed or of another type.
     */
    public <T extends DomainEntity> T find(Class<T> type, String id) {
        T found = em.find(type, GlobalId.keyOf(id, type));
        return found == null ? null : Batch.unproxy(found);
    }

    /** Any object the id names, or null when nothing does; VALIDATION when the id is malformed. */
    public Node find(String id) {
        GlobalId.Decoded decoded = GlobalId.decode(id);
        Class<?> type = types().get(decoded.typeName());
        Object found = type == null ? null : em.find(type, decoded.key());
        return found instanceof Node ? (Node) Batch.unproxy(found) : null;
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
