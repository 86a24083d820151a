package org.parley.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;

/**
 * Helpers for batched relation resolvers: one query for all parents of a level, then the results re-aligned to
 * the parents' order, so the number of SQL statements depends on the depth of a query, never on its rows.
 */
public final class Batch {

    private Batch() {
    }

    public static <P extends DomainEntity> List<Long> ids(List<P> parents) {
        return parents.stream().map(p -> p.id).toList();
    }

    /**
     * A query returns the proxy the session already holds for a row; GraphQL reads public fields, which a proxy
     * leaves empty, so hand out the entity behind it.
     */
    @SuppressWarnings("unchecked")
    public static <T> T unproxy(T entity) {
        return (T) Hibernate.unproxy(entity);
    }

    /** Pairs (parent key, child) from a join query, grouped and listed in the parents' order. */
    @SuppressWarnings("unchecked")
    public static <P extends DomainEntity, C> List<List<C>> toManyPairs(List<P> parents, List<Object[]> pairs) {
        List<List<Object[]>> grouped = Batch.<P, Object[]>toMany(parents, pairs, pair -> (Long) pair[0]);
        return grouped.stream().map(list -> list.stream().map(pair -> unproxy((C) pair[1])).toList()).toList();
    }

    /** Groups children by the key of their parent and lists them in the parents' order. */
    public static <P extends DomainEntity, C> List<List<C>> toMany(List<P> parents, List<C> children,
            Function<C, Long> parentKey) {
        Map<Long, List<C>> byParent = children.stream()
                .collect(Collectors.groupingBy(parentKey, LinkedHashMap::new, Collectors.toList()));
        List<List<C>> aligned = new ArrayList<>(parents.size());
        for (P parent : parents) {
            aligned.add(byParent.getOrDefault(parent.id, List.of()));
        }
        return aligned;
    }

    /**
     * Resolves a to-one relation: reads the foreign keys (a lazy proxy's id loads nothing), loads the distinct
     * targets with one query, and returns them in the parents' order (null where a parent has none).
     */
    public static <P, T extends DomainEntity> List<T> toOne(List<P> parents, Function<P, T> reference,
            Function<Collection<Long>, List<T>> loader) {
        return toOneByKey(parents, parent -> {
            T ref = reference.apply(parent);
            return ref == null ? null : ref.id;
        }, loader);
    }

    /** {@link #toOne} for a relation kept as the target's key alone (a column the parent's package cannot map). */
    public static <P, T extends DomainEntity> List<T> toOneByKey(List<P> parents, Function<P, Long> key,
            Function<Collection<Long>, List<T>> loader) {
        List<Long> keys = parents.stream().map(key).toList();
        Map<Long, T> byId = byKey(keys, loader);
        List<T> aligned = new ArrayList<>(keys.size());
        for (Long k : keys) {
            aligned.add(k == null ? null : Objects.requireNonNull(byId.get(k)));
        }
        return aligned;
    }

    /** The records the keys name (nulls and repeats ignored), loaded with one query, by key. */
    public static <T extends DomainEntity> Map<Long, T> byKey(Collection<Long> keys,
            Function<Collection<Long>, List<T>> loader) {
        Set<Long> distinct = new LinkedHashSet<>();
        keys.stream().filter(Objects::nonNull).forEach(distinct::add);
        return distinct.isEmpty() ? Map.of()
                : loader.apply(distinct).stream().collect(Collectors.toMap(t -> t.id, Batch::unproxy, (a, b) -> a));
    }
}
