package org.parley.common.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.error.InvalidInputException;
import org.parley.common.persistence.Where;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The counts of a root list's items that match its filters, computed in the database with the same conditions as its
 * pages ({@link Where}): its fields are resolved in {@link AggregateGraphQLApi} where the read planner does not
 * answer them in the list's own statement (common/read/AggregateRead, from the same {@link Dimensions}).
 */
@Type(Aggregate.TYPE)
@Description("Counts of the list's items that match its filters, across all pages: in all, and in groups.")
@RegisterForReflection(methods = false)
public class Aggregate {

    public static final String TYPE = "Aggregate";

    private final Dimensions dimensions;
    private final Where where;

    public Aggregate(Dimensions dimensions, Where where) {
        this.dimensions = dimensions;
        this.where = where.copy();
    }

    long count() {
        return (Long) query("select count(*)" + from(), null).getSingleResult();
    }

    /**
     * The groups of the items by these dimensions, in the order of their keys (nulls last), at most {@code size};
     * dimensions that change over time read as the record stood at the end of {@code day}.
     */
    List<Group> groupBy(List<Dimension> by, LocalDate day, int size) {
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        List<Dimensions.Grouping> groupings = new ArrayList<>();
        for (Dimension dimension : by) {
            if (!seen.add(dimension)) {
                throw new InvalidInputException("`by` names " + dimension + " twice: name each dimension once.");
            }
            groupings.add(dimensions.grouping(dimension));
        }
        List<String> expressions = expressions(groupings);
        List<Object[]> rows = grouped(expressions, true, day, size);
        // the share's denominators: the counts of the groups of all keys but the last
        List<String> outer = expressions(groupings.isEmpty() ? groupings : groupings.subList(0, groupings.size() - 1));
        Map<List<Object>, Long> totals = new HashMap<>();
        for (Object[] row : grouped(outer, false, day, Integer.MAX_VALUE)) {
            totals.put(Arrays.asList(Arrays.copyOf(row, outer.size())), ((Number) row[outer.size()]).longValue());
        }
        List<Group> groups = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            List<GroupKey> groupKeys = new ArrayList<>(by.size());
            int column = 0;
            for (int i = 0; i < by.size(); i++) {
                Dimensions.Grouping grouping = groupings.get(i);
                Object[] own = Arrays.copyOfRange(values, column, column + grouping.expressions().size());
                column += own.length;
                groupKeys.add(new GroupKey(by.get(i), grouping.value().apply(own), grouping.record(),
                        grouping.record() == null || own[0] == null ? null : (Long) own[0]));
            }
            long count = ((Number) values[values.length - 1]).longValue();
            long total = totals.getOrDefault(Arrays.asList(Arrays.copyOf(values, outer.size())), count);
            groups.add(new Group((int) count, total == 0 ? 0 : (double) count / total, groupKeys));
        }
        return groups;
    }

    private static List<String> expressions(List<Dimensions.Grouping> groupings) {
        List<String> expressions = new ArrayList<>();
        groupings.forEach(g -> expressions.addAll(g.expressions()));
        return expressions;
    }

    /** Rows of the expressions' values and their count; ordered by the values when {@code ordered}. */
    @SuppressWarnings("unchecked")
    private List<Object[]> grouped(List<String> expressions, boolean ordered, LocalDate day, int size) {
        String hql;
        if (expressions.isEmpty()) {
            hql = "select count(*)" + from();
        } else {
            // grouped over a derived table of the keys' values: a key may be a subquery on the row, which the
            // databases do not group by directly
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < expressions.size(); i++) {
                columns.add(expressions.get(i) + " as k" + i);
                values.add("t.k" + i);
            }
            String keys = String.join(", ", values);
            hql = "select " + keys + ", count(*) from (select " + String.join(", ", columns) + from() + ") t group by " + keys
                    + (ordered ? " order by " + String.join(", ", values.stream().map(v -> v + " nulls last").toList()) : "");
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query(hql, day).setMaxResults(size).getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] { row });
        }
        return rows;
    }

    /** The list's rows, its entity aliased {@link Dimensions#ROW}, under its conditions (unqualified, as Panache's). */
    private String from() {
        String entity = Panache.getEntityManager().getMetamodel().entity(dimensions.entity).getName();
        return " from " + entity + " " + Dimensions.ROW + (where.conditions().isEmpty() ? "" : " where " + where.conditions());
    }

    private jakarta.persistence.Query query(String hql, LocalDate day) {
        jakarta.persistence.Query query = Panache.getEntityManager().createQuery(hql);
        for (Map.Entry<String, Object> parameter : where.parameters().entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
        if (hql.contains(":" + Dimensions.AS_OF)) {
            query.setParameter(Dimensions.AS_OF, day);
        }
        return query;
    }
}
