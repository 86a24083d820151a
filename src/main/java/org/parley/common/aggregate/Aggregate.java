package org.parley.common.aggregate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.InvalidInputException;
import org.parley.common.Where;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The counts of a root list's items that match its filters, computed in the database with the same conditions as its
 * pages ({@link Where}): its fields are resolved in {@link AggregateGraphQLApi}.
 */
@Type("Aggregate")
@Description("Counts of the list's items that match its filters, across all pages: in all, and in groups.")
@RegisterForReflection(methods = false)
public class Aggregate {

    private final Dimensions dimensions;
    private final Where where;

    public Aggregate(Dimensions dimensions, Where where) {
        this.dimensions = dimensions;
        this.where = where.copy();
    }

    long count() {
        return (Long) query("select count(*) from " + entityName() + whereClause()).getSingleResult();
    }

    /** The groups of the items by these dimensions, in the order of their keys (nulls last), at most {@code size}. */
    List<Group> groupBy(List<Dimension> by, int size) {
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        List<Dimensions.Grouping> groupings = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (Dimension dimension : by) {
            if (!seen.add(dimension)) {
                throw new InvalidInputException("`by` names " + dimension + " twice: name each dimension once.");
            }
            Dimensions.Grouping grouping = dimensions.grouping(dimension);
            groupings.add(grouping);
            expressions.addAll(grouping.expressions());
        }
        String keys = String.join(", ", expressions);
        String hql = "select " + (keys.isEmpty() ? "" : keys + ", ") + "count(*) from " + entityName() + whereClause()
                + (keys.isEmpty() ? "" : " group by " + keys + " order by "
                        + String.join(", ", expressions.stream().map(e -> e + " nulls last").toList()));
        @SuppressWarnings("unchecked")
        List<Object> rows = query(hql).setMaxResults(size).getResultList();
        List<Group> groups = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = row instanceof Object[] array ? array : new Object[] { row };
            List<GroupKey> groupKeys = new ArrayList<>(by.size());
            int column = 0;
            for (int i = 0; i < by.size(); i++) {
                Dimensions.Grouping grouping = groupings.get(i);
                int width = grouping.expressions().size();
                Object[] own = java.util.Arrays.copyOfRange(values, column, column + width);
                column += width;
                groupKeys.add(new GroupKey(by.get(i), grouping.value().apply(own), grouping.record(), grouping.record() == null || own[0] == null
                        ? null : (Long) own[0]));
            }
            groups.add(new Group(((Number) values[values.length - 1]).intValue(), groupKeys));
        }
        return groups;
    }

    private String entityName() {
        return Panache.getEntityManager().getMetamodel().entity(dimensions.entity).getName();
    }

    private String whereClause() {
        return where.conditions().isEmpty() ? "" : " where " + where.conditions();
    }

    private jakarta.persistence.Query query(String hql) {
        jakarta.persistence.Query query = Panache.getEntityManager().createQuery(hql);
        for (Map.Entry<String, Object> parameter : where.parameters().entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
        return query;
    }
}
