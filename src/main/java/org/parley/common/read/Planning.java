package org.parley.common.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.common.paging.PageRequest;
import org.parley.common.paging.SortKey;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * The planning of one root field: walks its selection, asking the model how each field reads, and builds one SQL
 * statement whose single value is the answer's JSON. Parameters are bound where they appear in the text (a marker
 * per value), so the parts of the statement can be built in any order. Anything the model does not know ends the
 * planning ({@link #NOT_PLANNED}): the field is then resolved as before.
 */
final class Planning {

    /** Thrown wherever planning meets what it cannot plan; no stack trace, it is not a fault. */
    static final RuntimeException NOT_PLANNED = new RuntimeException("not planned", null, false, false) {
    };

    private static final char MARK = '\u0001';

    private final ReadModel model;
    private final List<Object> values = new ArrayList<>();
    private int aliases;

    Planning(ReadModel model) {
        this.model = model;
    }

    SqlDialect dialect() {
        return model.dialect;
    }

    int defaultSize() {
        return model.defaultSize;
    }

    int maxSize() {
        return model.maxSize;
    }

    String alias() {
        return "t" + aliases++;
    }

    EntityTable table(Class<?> entity) {
        EntityTable table = model.table(entity);
        if (table == null) {
            throw NOT_PLANNED;
        }
        return table;
    }

    /** A parameter: a marker in the text, replaced by {@code ?} and bound where it stands ({@link #statement}). */
    String bind(Object value) {
        values.add(value);
        return MARK + Integer.toString(values.size() - 1) + MARK;
    }

    /** The statement's text with its parameters in the order JDBC binds them. */
    Statement statement(String sql, Planned answer) {
        return resolved(sql, answer, null);
    }

    /**
     * The same, for an answer whose counts ({@code kept}: their keys in the answer) are kept with the plan between data
     * versions: {@code uncounted} is the statement without them, sent while the kept counts stand ({@link KeptCounts}).
     */
    Statement statement(String sql, Planned answer, String uncounted, List<String> kept) {
        return resolved(sql, answer, new KeptCounts(statement(uncounted, answer), kept));
    }

    private Statement resolved(String sql, Planned answer, KeptCounts count) {
        StringBuilder text = new StringBuilder(sql.length());
        List<Object> bound = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == MARK) {
                int end = sql.indexOf(MARK, i + 1);
                bound.add(values.get(Integer.parseInt(sql, i + 1, end, 10)));
                text.append('?');
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return new Statement(text.toString(), bound, answer, count);
    }

    /** Bound in place of a lookup's key, which each request gives ({@link Statement#withRootKey}). */
    static final Object ROOT_KEY = new Object();

    record Statement(String sql, List<Object> parameters, Planned answer, KeptCounts count) {

        /** The same statement for the record of this key. */
        Statement withRootKey(long key) {
            List<Object> bound = new ArrayList<>(parameters);
            bound.replaceAll(value -> value == ROOT_KEY ? key : value);
            return new Statement(sql, bound, answer, count);
        }

        /**
         * Bytes it holds, by estimate: its text, its parameters, and the readers of its answer, which grow with the
         * selection as the text does.
         */
        long weight() {
            return 4L * sql.length() + 64L * parameters.size() + 256 + (count == null ? 0 : count.weight());
        }
    }

    /** The page size `first` asks for, the default when absent; one the resolver refuses (in its own words) is not planned. */
    int size(Integer first) {
        if (first != null && (first < 0 || first > model.maxSize)) {
            throw NOT_PLANNED;
        }
        return first == null ? model.defaultSize : first;
    }

    /** An Int argument's value, as SmallRye hands it over (a BigDecimal from variables), or null. */
    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** The view of this planning a declared read writes its SQL with, for a field of {@code owner}. */
    Sql sql(EntityTable owner) {
        return new Sql() {
            @Override
            public String table(Class<?> entity) {
                return Planning.this.table(entity).name();
            }

            @Override
            public String column(Class<?> entity, String alias, String attribute) {
                return alias + "." + Planning.this.table(entity).column(attribute);
            }

            @Override
            public List<String> order(Class<?> entity, SortKey<?> order, String alias) {
                return Planning.this.table(entity).order(order, alias);
            }

            @Override
            public String joinOne(Class<?> entity, String alias, String key) {
                return dialect().joinOne(Planning.this.table(entity), alias, key);
            }

            @Override
            public String alias() {
                return Planning.this.alias();
            }

            @Override
            public String bind(Object value) {
                return Planning.this.bind(value);
            }

            @Override
            public String ownerKey(String alias) {
                return alias + "." + owner.key();
            }

            @Override
            public String owner() {
                return owner == null ? null : owner.typeName();
            }

            @Override
            public String periodEnd(String start, String precision) {
                return dialect().periodEnd(start, precision);
            }

            @Override
            public String joined(String value, String separator, String orderBy) {
                return dialect().joined(value, Sql.text(separator), orderBy);
            }
        };
    }

    void noArguments(SelectedField field) {
        onlyArguments(field, List.of());
    }

    /** A field given an argument besides these is not planned. */
    void onlyArguments(SelectedField field, List<String> names) {
        for (Map.Entry<String, Object> argument : field.getArguments().entrySet()) {
            if (argument.getValue() != null && !names.contains(argument.getKey())) {
                throw NOT_PLANNED;
            }
        }
    }

    /** The record of {@code table} whose key {@code key} (an expression) gives, or null: the selection planned on its row. */
    Planned record(EntityTable table, String key, DataFetchingFieldSelectionSet selection) {
        String alias = alias();
        Planned object = object(table, alias, selection);
        return new Planned(table.one(object.sql(), alias, key), object.read());
    }

    /**
     * A `case` over {@code kind} (an expression) choosing for each kind named in {@code tables} the record of its table
     * whose key {@code key} gives ({@link #record}); each kind's reader is put in {@code readers}.
     */
    String recordOfKind(String kind, Map<String, EntityTable> tables, String key, DataFetchingFieldSelectionSet selection,
            Map<String, Planned> readers) {
        StringBuilder sql = new StringBuilder("case " + kind);
        tables.forEach((name, table) -> {
            Planned record = record(table, key, selection);
            readers.put(name, record);
            sql.append(" when ").append(SqlDialect.literal(name)).append(" then ").append(record.sql());
        });
        return sql.append(" end").toString();
    }

    /** The object a field selects, its own row aliased {@code alias}. */
    Planned object(EntityTable table, String alias, SelectedField field) {
        return object(table, alias, field.getSelectionSet());
    }

    Planned object(EntityTable table, String alias, DataFetchingFieldSelectionSet selection) {
        return object(table.typeName(), table::field, table, alias, selection);
    }

    /**
     * An object of GraphQL type {@code typeName} whose fields {@code fields} reads on the row aliased {@code alias} of
     * {@code table}: a record's own, or one that is no record read from its owner's row or a row of its own. Its JSON
     * is an array of the fields' values in the selection's order, not an object: the database writes no key per field
     * and row (the canonical answer 642 -> 403 KB, its statement about a fifth faster), and the reader takes each value
     * by its place.
     */
    Planned object(String typeName, java.util.function.Function<String, FieldRead> fields, EntityTable table, String alias,
            DataFetchingFieldSelectionSet selection) {
        return object(typeName, selection, field -> fields.apply(field.getName()).plan(this, table, alias, field));
    }

    /** An object of GraphQL type {@code typeName} whose selected fields {@code field} plans, as {@link #object} writes it. */
    Planned object(String typeName, DataFetchingFieldSelectionSet selection, java.util.function.Function<SelectedField, Planned> field) {
        List<String> values = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Planned> reads = new ArrayList<>();
        for (SelectedField selected : selection.getImmediateFields()) {
            if (selected.getName().equals("__typename")) {
                continue; // graphql-java answers it from the type
            }
            if (!selected.getObjectTypeNames().contains(typeName)) {
                continue; // asked of another type of an interface or union (`... on Party { name }` of a Round)
            }
            if (keys.contains(selected.getResultKey())) {
                throw NOT_PLANNED; // one merged from differing occurrences
            }
            Planned planned = field.apply(selected);
            values.add(planned.sql());
            keys.add(selected.getResultKey());
            reads.add(planned);
        }
        return new Planned(dialect().array(values), json -> {
            PlannedRow row = new PlannedRow(typeName, keys.size());
            for (int i = 0; i < keys.size(); i++) {
                row.put(keys.get(i), reads.get(i).valueOf(json.get(i)));
            }
            return row;
        });
    }

    /**
     * A nested list cut to `first` items in SQL: a parent's item past the page is never read. {@code rows} gives the
     * rows for a pair of fresh aliases (the child's, and a joined table's).
     */
    Planned children(EntityTable child, SelectedField field, BiFunction<String, String, Rows> rows) {
        return children(child, field, List.of(), rows);
    }

    /** The same, for a list that also takes the arguments named in {@code arguments}. */
    Planned children(EntityTable child, SelectedField field, List<String> arguments, BiFunction<String, String, Rows> rows) {
        return children(field, arguments, rows, c -> object(child, c, field));
    }

    /** A nested list cut to `first` in SQL, each item as {@code item} plans it on its row's alias. */
    Planned children(SelectedField field, List<String> arguments, BiFunction<String, String, Rows> rows,
            java.util.function.Function<String, Planned> item) {
        Integer first = null;
        for (Map.Entry<String, Object> argument : field.getArguments().entrySet()) {
            if (argument.getKey().equals("first")) {
                first = integer(argument.getValue());
            } else if (argument.getValue() != null && !arguments.contains(argument.getKey())) {
                throw NOT_PLANNED;
            }
        }
        String c = alias();
        Rows outer = rows.apply(c, alias());
        Planned element = item.apply(c);
        if (field.getFieldDefinitions().get(0).getArgument("first") == null) {
            // a list the schema does not page (claimedBy...): all its rows, as the resolver gives them
            return new Planned("(select " + dialect().aggregate(element.sql(), String.join(", ", outer.order())) + " from " + outer.from()
                    + " where " + outer.where() + ")", list(element));
        }
        int size = size(first);
        if (dialect().correlatesDerivedTables()) {
            return new Planned(orderedArray(element.sql(), outer.from() + " where " + outer.where(), outer.order(), size), list(element));
        }
        Rows inner = rows.apply(alias(), alias());
        return new Planned("(select " + dialect().aggregate(element.sql(), String.join(", ", outer.order())) + " from " + outer.from()
                + " where " + outer.where() + " and " + outer.key() + " in (select " + inner.key() + " from " + inner.from()
                + " where " + inner.where() + " order by " + String.join(", ", inner.order()) + " fetch first " + limit(size)
                + " rows only))", list(element));
    }

    /**
     * The JSON array of {@code element} over the first {@code size} rows of {@code rows} (FROM and WHERE) in
     * {@code order}: a derived table cut in that order, aggregated in it again (an aggregate keeps no input order).
     */
    String orderedArray(String element, String rows, List<String> order, int size) {
        List<String> columns = new ArrayList<>();
        List<String> outerOrder = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Matcher term = TERM.matcher(order.get(i));
            term.matches();
            columns.add(term.group(1) + " o" + i);
            outerOrder.add("x.o" + i + term.group(2));
        }
        return "(select " + dialect().aggregate("x.j", String.join(", ", outerOrder)) + " from (select " + element + " j, "
                + String.join(", ", columns) + " from " + rows + " order by " + String.join(", ", order) + " fetch first " + limit(size)
                + " rows only) x)";
    }

    /**
     * A list's size, written into the text rather than bound: it is the plan's (a plan is kept per variables), never
     * a client's text, and PostgreSQL takes no generic plan for a bound limit (it costs one tenth of the rows) and so
     * planned the statement again on every execution (positions page: 0.29 against 0.19 ms).
     */
    private static String limit(int size) {
        return Integer.toString(size);
    }

    /** An ORDER BY term: its expression, and its direction and nulls' place (with their leading space), if any. */
    private static final Pattern TERM = Pattern.compile("(?is)(.*?)((?: (?:asc|desc))?(?: nulls (?:first|last))?)");

    /** The expression an ORDER BY term orders by. */
    static String expressionOf(String orderTerm) {
        Matcher term = TERM.matcher(orderTerm);
        term.matches();
        return term.group(1);
    }

    /** The reader of a JSON array of {@code item}s. */
    static java.util.function.Function<JsonNode, Object> list(Planned item) {
        return json -> {
            List<Object> items = new ArrayList<>(json.size());
            for (JsonNode element : json) {
                items.add(item.valueOf(element));
            }
            return items;
        };
    }

    /** The condition "after the item whose keys are {@code values}" (before it, {@code backwards}), by SortKey's one rule. */
    String after(EntityTable table, String alias, SortKey<?> order, List<Object> values, boolean backwards) {
        return order.after(values, backwards, attribute -> alias + "." + table.column(attribute), (i, value) -> bind(RootRead.Filter.stored(value)));
    }

    /** The cursor of the item whose keys in {@code order} the statement wrote ({@code $k}). */
    static String cursor(SortKey<?> order, JsonNode keys) {
        List<Object> values = new ArrayList<>(keys.size());
        for (JsonNode key : keys) {
            values.add(key.isNull() ? null : key.isNumber() ? (Object) key.numberValue() : key.textValue());
        }
        return PageRequest.cursorOf(order, values);
    }
}
