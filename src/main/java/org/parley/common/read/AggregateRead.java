package org.parley.common.read;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parley.common.aggregate.Aggregate;
import org.parley.common.aggregate.Dimension;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.aggregate.Group;
import org.parley.common.aggregate.GroupKey;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.schema.SelectedField;

/**
 * How a root connection's `aggregate` reads (the fields of Aggregate, AggregateGroup and AggregateGroupKey): counted
 * in the list's own statement, over its rows under the same filters as its page, grouped by the SQL its
 * {@link Dimensions} write. Where a value would be refused (a dimension named twice or not taken, a size out of
 * range), the field is not planned and the resolver gives its error.
 */
final class AggregateRead {

    private AggregateRead() {
    }

    /**
     * `aggregate` as selected; {@code rows} writes the list's FROM and WHERE for a fresh alias of its table, and
     * {@code count} is the list's count, which the statement reads once for `totalCount` and every `count`.
     */
    static Planned plan(Planning planning, EntityTable table, RootRead root, SelectedField aggregate, Function<String, String> rows, String count) {
        if (root.dimensions == null) {
            throw Planning.NOT_PLANNED;
        }
        planning.noArguments(aggregate);
        return planning.object(Aggregate.TYPE, aggregate.getSelectionSet(), field -> switch (field.getName()) {
            case "count" -> {
                planning.noArguments(field);
                yield new Planned(count, JsonNode::intValue);
            }
            case "groupBy" -> groupBy(planning, table, root, field, rows);
            default -> throw Planning.NOT_PLANNED;
        });
    }

    /**
     * The groups, as Aggregate.groupBy makes them: the keys' values over the list's rows, grouped, in the keys' order
     * (nulls last), cut to `first`; each group's share over the count of the groups sharing its keys but the last,
     * a window over all groups (computed before the cut, as Aggregate counts them apart).
     */
    private static Planned groupBy(Planning planning, EntityTable table, RootRead root, SelectedField field, Function<String, String> rows) {
        planning.onlyArguments(field, List.of("by", "asOf", "first"));
        Map<String, Object> arguments = field.getArguments();
        List<Dimension> by = new ArrayList<>();
        for (Object value : (List<?>) arguments.get("by")) {
            Dimension dimension = value instanceof Dimension d ? d : Dimension.valueOf(value.toString());
            if (by.contains(dimension)) {
                throw Planning.NOT_PLANNED;
            }
            by.add(dimension);
        }
        PartialDate asOf = (PartialDate) arguments.get("asOf");
        LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf.end();
        int size = planning.size(Planning.integer(arguments.get("first")));

        String r = planning.alias();
        String g = planning.alias();
        Sql sql = planning.sql(table);
        List<Dimensions.Grouping> groupings = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>(); // each dimension's columns of the grouped rows
        List<String> selected = new ArrayList<>();
        for (Dimension dimension : by) {
            Dimensions.Grouping grouping = root.dimensions.grouping(dimension);
            List<String> own = new ArrayList<>();
            for (String expression : key(root, dimension, grouping.of(), sql, r, day)) {
                own.add(g + ".k" + selected.size());
                selected.add(expression + " k" + selected.size());
            }
            groupings.add(grouping);
            keys.add(own);
        }
        List<String> columns = keys.stream().flatMap(List::stream).toList();
        List<String> outer = keys.isEmpty() ? List.of() : keys.subList(0, keys.size() - 1).stream().flatMap(List::stream).toList();
        String total = keys.isEmpty() ? "count(*)"
                : "sum(count(*)) over (" + (outer.isEmpty() ? "" : "partition by " + String.join(", ", outer)) + ")";

        Planned group = planning.object(Group.TYPE, field.getSelectionSet(), part -> {
            planning.noArguments(part);
            return switch (part.getName()) {
                case "count" -> new Planned("count(*)", JsonNode::intValue);
                case "share" -> new Planned(planning.dialect().array(List.of("count(*)", total)), json -> {
                    long count = json.get(0).longValue();
                    long of = json.get(1).longValue();
                    return of == 0 ? 0.0 : (double) count / of;
                });
                case "keys" -> keys(planning, by, groupings, keys, part);
                default -> throw Planning.NOT_PLANNED;
            };
        });
        if (keys.isEmpty()) {
            // one group of all the rows (or none, for `first: 0`)
            return new Planned("(select " + planning.dialect().aggregate("x.j", "x.o") + " from (select " + group.sql() + " j, 0 o from "
                    + rows.apply(r) + " fetch first " + size + " rows only) x)", Planning.list(group));
        }
        String grouped = "(select " + String.join(", ", selected) + " from " + rows.apply(r) + ") " + g + " group by " + String.join(", ", columns);
        return new Planned(planning.orderedArray(group.sql(), grouped, columns.stream().map(c -> c + " nulls last").toList(), size), Planning.list(group));
    }

    /** A dimension's key in SQL on the row aliased {@code row}: what {@link Dimensions.Of} says it reads, as the HQL of its grouping does. */
    private static List<String> key(RootRead root, Dimension dimension, Dimensions.Of of, Sql sql, String row, LocalDate day) {
        if (of.part() == Dimensions.Part.DECLARED) {
            RootRead.DimensionRead declared = root.declaredDimensions.get(dimension);
            if (declared == null) {
                throw Planning.NOT_PLANNED;
            }
            return declared.expressions(sql, row, day);
        }
        // the path's last value: each many-to-one's key read on the next entity's row
        String value = sql.column(of.entities().get(0), row, of.attributes().get(0));
        for (int i = 1; i < of.attributes().size(); i++) {
            Class<?> next = of.entities().get(i);
            String t = sql.alias();
            value = "(select " + sql.column(next, t, of.attributes().get(i)) + " from " + sql.table(next) + " " + t + " where "
                    + sql.column(next, t, "id") + " = " + value + ")";
        }
        return switch (of.part()) {
            case VALUE -> List.of(value);
            case YEAR -> List.of(datePart("year", value));
            case MONTH -> {
                // as the HQL: none for a date known to a year
                String unlessYear = "case when " + sql.column(of.entities().get(0), row, of.precision()) + " = "
                        + Sql.text(DatePrecision.YEAR.name()) + " then null else ";
                yield List.of(unlessYear + datePart("year", value) + " end", unlessYear + datePart("month", value) + " end");
            }
            case DECLARED -> throw new IllegalStateException();
        };
    }

    private static String datePart(String part, String date) {
        return "cast(extract(" + part + " from " + date + ") as integer)";
    }

    /** A group's keys, one per dimension of `by` in its order: the dimension, its value, the record it names. */
    private static Planned keys(Planning planning, List<Dimension> by, List<Dimensions.Grouping> groupings, List<List<String>> columns,
            SelectedField field) {
        List<Planned> keys = new ArrayList<>();
        for (int i = 0; i < by.size(); i++) {
            Dimension dimension = by.get(i);
            Dimensions.Grouping grouping = groupings.get(i);
            List<String> own = columns.get(i);
            keys.add(planning.object(GroupKey.TYPE, field.getSelectionSet(), part -> {
                planning.noArguments(part);
                return switch (part.getName()) {
                    case "dimension" -> new Planned("0", json -> dimension.name()); // known when planned
                    case "value" -> new Planned(planning.dialect().array(own), json -> grouping.value().apply(values(json)));
                    case "node" -> {
                        if (grouping.record() == null) {
                            yield new Planned("null", json -> null);
                        }
                        yield planning.record(planning.table(grouping.record()), own.get(0), part.getSelectionSet());
                    }
                    default -> throw Planning.NOT_PLANNED;
                };
            }));
        }
        return new Planned(planning.dialect().array(keys.stream().map(Planned::sql).toList()), json -> {
            List<Object> values = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                values.add(keys.get(i).valueOf(json.get(i)));
            }
            return values;
        });
    }

    /** A key's values as the resolver's HQL gives them to {@link Dimensions.Grouping#value}: a whole number as a Long, text as text. */
    private static Object[] values(JsonNode json) {
        Object[] values = new Object[json.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = json.get(i);
            values[i] = value.isNull() ? null : value.isIntegralNumber() ? (Object) value.longValue() : value.isNumber() ? value.numberValue() : value.textValue();
        }
        return values;
    }
}
