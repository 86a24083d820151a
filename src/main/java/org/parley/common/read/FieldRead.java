package org.parley.common.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.parley.common.graphql.GlobalId;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.DatePrecision;
import org.parley.common.value.PartialDate;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.schema.SelectedField;

/** How one field reads: the SQL that builds its JSON under its parent's row, and how that JSON becomes its value. */
sealed interface FieldRead {

    /** The argument of a list that takes a client's order. */
    String ORDER_BY = "orderBy";

    /** A field the model does not know: the request runs as before the planner. */
    FieldRead UNPLANNED = new Unplanned();

    /** Plans the field as selected, under the row aliased {@code alias} of {@code owner}'s table. */
    Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field);

    /** A column of the row, read as the attribute's Java type (what SmallRye's own resolver would have returned). */
    record Column(String column, Function<JsonNode, Object> read) implements FieldRead {

        private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
                .toFormatter();

        /** The column's reader for an attribute of this Java type, or null for one that is not planned. */
        static Column of(String column, Class<?> type) {
            Function<JsonNode, Object> read;
            if (type == String.class) {
                read = JsonNode::textValue;
            } else if (type == Integer.class || type == int.class) {
                read = JsonNode::intValue;
            } else if (type == Long.class || type == long.class) {
                read = JsonNode::longValue;
            } else if (type == Boolean.class || type == boolean.class) {
                read = JsonNode::booleanValue;
            } else if (type == BigDecimal.class) {
                read = JsonNode::decimalValue;
            } else if (type.isEnum()) {
                read = JsonNode::textValue; // graphql-java writes an enum from its name
            } else if (type == LocalDate.class) {
                read = node -> date(node.textValue());
            } else if (type == Instant.class) {
                read = node -> instant(node.textValue());
            } else {
                return null;
            }
            return new Column(column, read);
        }

        /**
         * A date as the database writes it in JSON: the common form ({@code 2022-03-29}) read digit by digit, for
         * {@link LocalDate#parse}'s formatter cost a planned page of twenty dates 6 % of its Java time; any other left
         * to it.
         */
        static LocalDate date(String text) {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(text);
        }

        /** The number the digits in [from, to) write, -1 if one is no digit. */
        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + c - '0';
            }
            return value;
        }

        private static Instant instant(String text) {
            TemporalAccessor parsed = TIMESTAMP.parseBest(text.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        }

        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.noArguments(field);
            return new Planned(alias + "." + column, read);
        }
    }

    /** The opaque global id of the row. */
    record Id(String typeName) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.noArguments(field);
            return new Planned(alias + "." + owner.key(), node -> GlobalId.encode(typeName, node.longValue()));
        }
    }

    record PartialDateRead(String startAttribute, String precisionAttribute) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.noArguments(field);
            String sql = planning.dialect().array(List.of(alias + "." + owner.column(startAttribute), alias + "." + owner.column(precisionAttribute)));
            return new Planned(sql, PartialDateRead::of);
        }

        /** A partial date planned as the array [first day, precision]. */
        static PartialDate of(JsonNode node) {
            return node.get(0).isNull() ? null
                    : PartialDate.of(Column.date(node.get(0).textValue()), node.get(1).isNull() ? null : DatePrecision.valueOf(node.get(1).textValue()));
        }
    }

    record ToOne(String attribute) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.noArguments(field);
            return planning.record(planning.table(owner.target(attribute)), alias + "." + owner.column(attribute), field.getSelectionSet());
        }
    }

    /** The rows whose many-to-one names the parent, in the list's order or the one its `orderBy` names. */
    record ToMany(Class<? extends DomainEntity> child, String childAttribute, SortKey<?> order) implements FieldRead {

        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            EntityTable target = planning.table(child);
            SortKey<?> chosen = order.chosen((List<?>) field.getArguments().get(ORDER_BY));
            return planning.children(target, field, List.of(ORDER_BY), (c, unused) -> new Rows(target.name() + " " + c,
                    c + "." + target.column(childAttribute) + " = " + alias + "." + owner.key(), target.order(chosen, c), c + "." + target.key()));
        }
    }

    record Through(Class<? extends DomainEntity> child, String joinTable, String parentColumn, String childColumn,
            String orderColumn) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            EntityTable target = planning.table(child);
            return planning.children(target, field, (c, m) -> new Rows(target.name() + " " + c + " join " + joinTable + " "
                    + m + " on " + m + "." + childColumn + " = " + c + "." + target.key(),
                    m + "." + parentColumn + " = " + alias + "." + owner.key(), List.of(m + "." + orderColumn), m + "." + orderColumn));
        }
    }

    /**
     * A nested list whose rows a declaration writes ({@link TypeRead#list}), with the arguments it names; when it takes
     * `orderBy` ({@code order} not null), the order a client names replaces the declaration's own.
     */
    record ListRead(Class<? extends DomainEntity> child, TypeRead.Children rows, List<String> arguments, SortKey<?> order)
            implements FieldRead {

        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            EntityTable target = planning.table(child);
            Sql sql = planning.sql(owner);
            SortKey<?> chosen = order == null ? null : order.named((List<?>) field.getArguments().get(ORDER_BY));
            List<String> taken = order == null ? arguments : Stream.concat(arguments.stream(), Stream.of(ORDER_BY)).toList();
            return planning.children(target, field, taken, (c, joined) -> {
                Rows own = rows.rows(sql, c, joined, alias, field.getArguments());
                return chosen == null ? own : new Rows(own.from(), own.where(), target.order(chosen, c), own.key());
            });
        }
    }

    /**
     * A connection of entries holding records of several types under the row ({@link TypeRead#entries}), as
     * {@link EntryList} plans one, taking the paging arguments and those named. On PostgreSQL only: the rows name the
     * parent's key inside derived tables (the union, its numbering), and H2 reads no outer column there (nor has it
     * LATERAL); reading every parent's rows and keeping one's, the way around that, took over 5 s for one conflict of the
     * bench's 50x record where the resolvers take 50 ms (docs/reads.md).
     */
    record EntryListRead(Map<String, Class<? extends DomainEntity>> kinds, TypeRead.EntryRows rows, List<String> arguments) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            if (!planning.dialect().correlatesDerivedTables()) {
                throw Planning.NOT_PLANNED;
            }
            Map<String, Object> given = new HashMap<>(field.getArguments());
            PageRequest request = EntryList.request(planning, given);
            planning.onlyArguments(field, Stream.concat(arguments.stream(), Stream.of("first", "after", "last", "before")).toList());
            Sql sql = planning.sql(owner);
            List<String[]> answer = new ArrayList<>();
            ConnectionShape shape = EntryList.plan(planning, request, kinds, rows.rows(sql, alias + "." + owner.key(), given),
                    field.getSelectionSet(), answer);
            return new Planned(planning.dialect().object(answer), shape::read);
        }
    }

    /** The first of the rows a declaration writes ({@link TypeRead#one}), in their order, as an object; null when none. */
    record OneRead(Class<? extends DomainEntity> child, TypeRead.Children rows, List<String> arguments) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.onlyArguments(field, arguments);
            EntityTable target = planning.table(child);
            String c = planning.alias();
            Rows first = rows.rows(planning.sql(owner), c, planning.alias(), alias, field.getArguments());
            Planned object = planning.object(target, c, field);
            return new Planned(first.first(object.sql()), object.read());
        }
    }

    /** A value a declaration computes in SQL ({@link TypeRead#bool}, {@link TypeRead#text}), taking the arguments it names. */
    record Computed(TypeRead.Expression expression, Function<JsonNode, Object> read, List<String> arguments) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.onlyArguments(field, arguments);
            return new Planned(expression.sql(planning.sql(owner), alias, field.getArguments()), read);
        }
    }

    /** Another attribute's column of the row, read as that attribute's Java type ({@link TypeRead#attribute}). */
    record Attribute(String attribute) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            Column column = owner.columnOf(attribute);
            if (column == null) {
                throw Planning.NOT_PLANNED;
            }
            return column.plan(planning, owner, alias, field);
        }
    }

    /** An object that is no record, read from its owner's row ({@link TypeRead#embedded}); null where {@code absent} holds. */
    record Embedded(String typeName, TypeRead.Expression absent, Map<String, FieldRead> fields) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.noArguments(field);
            Planned object = planning.object(typeName, name -> fields.getOrDefault(name, UNPLANNED), owner, alias, field.getSelectionSet());
            return new Planned("case when " + absent.sql(planning.sql(owner), alias, Map.of()) + " then null else " + object.sql() + " end",
                    object.read());
        }
    }

    /**
     * Objects that are no records, one per row a declaration writes ({@link TypeRead#values}, {@link TypeRead#objects}),
     * cut by `first` where the schema pages them; each field as {@code fields} declares it on the row.
     */
    record Objects(String typeName, TypeRead.Children rows, Map<String, FieldRead> fields) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            Sql sql = planning.sql(owner);
            return planning.children(field, List.of(), (c, joined) -> rows.rows(sql, c, joined, alias, field.getArguments()),
                    c -> planning.object(typeName, name -> fields.getOrDefault(name, UNPLANNED), owner, c, field.getSelectionSet()));
        }
    }

    /** The record whose key an expression on the row gives, or null ({@link TypeRead#record}). */
    record Record(Class<? extends DomainEntity> entity, TypeRead.Expression key) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.noArguments(field);
            return planning.record(planning.table(entity), key.sql(planning.sql(owner), alias, Map.of()), field.getSelectionSet());
        }
    }

    /** A value the plan already holds (an argument given back as asked, {@link TypeRead#constant}): no SQL reads it. */
    record Constant(Object value) implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            planning.noArguments(field);
            return new Planned("0", json -> value); // a placeholder in the answer, so that its reader runs
        }
    }

    record Unplanned() implements FieldRead {
        @Override
        public Planned plan(Planning planning, EntityTable owner, String alias, SelectedField field) {
            throw Planning.NOT_PLANNED;
        }
    }
}
