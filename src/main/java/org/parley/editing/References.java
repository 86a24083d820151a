package org.parley.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;

import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DomainEntity;

/**
 * Finds the records that still point at a record (through any to-one or many-to-many association), read off the
 * JPA metamodel so that a new association is covered without touching this class.
 */
@ApplicationScoped
public class References {

    @Inject
    EntityManager em;

    private final Map<Class<?>, List<Probe>> probesByTarget = new ConcurrentHashMap<>();

    /** "3 Delegation.party, 1 Position.statedBy" for the records referring to this one; empty when none does. */
    public String describe(DomainEntity target) {
        List<String> found = new ArrayList<>();
        for (Probe probe : probesByTarget.computeIfAbsent(target.getClass(), this::probesFor)) {
            long count = em.createQuery(probe.query(), Long.class).setParameter("target", target).getSingleResult();
            if (count > 0) {
                found.add(count + " " + probe.referrer());
            }
        }
        return String.join(", ", found);
    }

    private List<Probe> probesFor(Class<?> target) {
        List<Probe> probes = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                String referrer = GlobalId.typeName(entity.getJavaType()) + "." + attribute.getName();
                String from = "select count(e) from " + entity.getName() + " e where ";
                if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
                    if (plural.getElementType().getJavaType() == target) {
                        probes.add(new Probe(referrer, from + ":target member of e." + attribute.getName()));
                    }
                } else if (attribute.isAssociation() && attribute.getJavaType() == target) {
                    probes.add(new Probe(referrer, from + "e." + attribute.getName() + " = :target"));
                }
            }
        }
        return probes;
    }

    private record Probe(String referrer, String query) {
    }
}
