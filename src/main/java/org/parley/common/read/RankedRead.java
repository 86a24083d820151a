package org.parley.common.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.common.paging.Connection;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * A connection ranked and paged in Java ({@link RootRead#ranked}: search's hits) with its records read as SQL: one
 * statement reads the records of the page's items, each from the table its item's kind names, for the selection, as
 * `node(id:)` reads a record of any type; the connection's count, page info and cursors and the items' own fields are
 * the resolver's values. Planned once per operation and variables, as a root's statement is ({@link PlanCache}); each
 * page binds its items' numbers, kinds and keys where the text says {@link #PAGE}.
 */
final class RankedRead {

    /** Where the planned text takes the page's rows, the last of its parameters. */
    private static final String PAGE = "\u0002";

    /** A record under an item: its result key, its column in the statement's row, its reader by kind. */
    private record Record(String key, int column, Map<String, Planned> readers) {
    }

    /** An occurrence of the items (`nodes`, or an edge's `node`): its own fields as result key and name, its records. */
    private record Item(String key, List<String[]> fields, List<Record> records) {
    }

    /** An occurrence of `edges`: its cursors' result keys and its items. */
    private record Edges(String key, List<String> cursors, List<Item> nodes) {
    }

    /** Null where the selection reads no record: the resolver's values are then the whole answer. */
    private final Planning.Statement statement;
    private final RootRead.RankedItems read;
    private final List<String> counts = new ArrayList<>();
    private final List<ConnectionShape.PageInfo> pageInfo = new ArrayList<>();
    private final List<Item> nodes = new ArrayList<>();
    private final List<Edges> edges = new ArrayList<>();

    private RankedRead(Planning planning, RootRead.Ranked ranked, DataFetchingFieldSelectionSet selection) {
        this.read = ranked.items();
        Map<String, EntityTable> tables = new LinkedHashMap<>();
        ranked.kinds().forEach((kind, entity) -> tables.put(kind, planning.table(entity)));
        String page = planning.alias();
        List<String> columns = new ArrayList<>();
        java.util.function.Function<SelectedField, Item> item = field -> item(planning, ranked, tables, page, field, columns);
        for (SelectedField field : unique(selection)) {
            switch (field.getName()) {
                case "__typename" -> {
                }
                case "totalCount" -> counts.add(field.getResultKey());
                case "pageInfo" -> pageInfo.add(ConnectionShape.pageInfo(field));
                case "nodes" -> nodes.add(item.apply(field));
                case "edges" -> {
                    Edges edge = new Edges(field.getResultKey(), new ArrayList<>(), new ArrayList<>());
                    for (SelectedField part : unique(field.getSelectionSet())) {
                        switch (part.getName()) {
                            case "__typename" -> {
                            }
                            case "cursor" -> edge.cursors().add(part.getResultKey());
                            case "node" -> edge.nodes().add(item.apply(part));
                            default -> throw Planning.NOT_PLANNED;
                        }
                    }
                    edges.add(edge);
                }
                default -> throw Planning.NOT_PLANNED;
            }
        }
        statement = columns.isEmpty() ? null
                : planning.statement("select " + planning.dialect().aggregate(planning.dialect().array(columns), page + ".n") + " from ("
                        + PAGE + ") " + page + "(n, t, k)", new Planned("", json -> json));
    }

    /** The read of {@code ranked}'s connection for this selection; {@link Planning#NOT_PLANNED} for a field it does not know. */
    static RankedRead plan(Planning planning, RootRead.Ranked ranked, DataFetchingFieldSelectionSet selection) {
        return new RankedRead(planning, ranked, selection);
    }

    /** An item's selection: its own fields, and each occurrence of its record as a column of the page's rows. */
    private static Item item(Planning planning, RootRead.Ranked ranked, Map<String, EntityTable> tables, String page, SelectedField field,
            List<String> columns) {
        Item item = new Item(field.getResultKey(), new ArrayList<>(), new ArrayList<>());
        for (SelectedField part : unique(field.getSelectionSet())) {
            planning.noArguments(part);
            if (part.getName().equals("__typename")) {
                continue;
            }
            if (ranked.itemFields().contains(part.getName())) {
                item.fields().add(new String[] { part.getResultKey(), part.getName() });
            } else if (part.getName().equals(ranked.recordField())) {
                Map<String, Planned> readers = new HashMap<>();
                columns.add(planning.recordOfKind(page + ".t", tables, page + ".k", part.getSelectionSet(), readers));
                item.records().add(new Record(part.getResultKey(), columns.size() - 1, readers));
            } else {
                throw Planning.NOT_PLANNED;
            }
        }
        return item;
    }

    /** The fields selected, each result key once: one asked twice with different selections is left to the resolvers. */
    private static List<SelectedField> unique(DataFetchingFieldSelectionSet selection) {
        List<SelectedField> fields = selection.getImmediateFields();
        if (fields.stream().map(SelectedField::getResultKey).distinct().count() != fields.size()) {
            throw Planning.NOT_PLANNED;
        }
        return fields;
    }

    /** The statement reading the records of these items, in their order; null where none is read. */
    Planning.Statement statement(List<?> items) {
        if (statement == null || items.isEmpty()) {
            return null;
        }
        StringBuilder rows = new StringBuilder("values ");
        List<Object> parameters = new ArrayList<>(statement.parameters());
        for (int i = 0; i < items.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append("(cast(? as integer), cast(? as varchar), cast(? as bigint))");
            parameters.add(i);
            parameters.add(read.kind(items.get(i)));
            parameters.add(read.key(items.get(i)));
        }
        return new Planning.Statement(statement.sql().replace(PAGE, rows), parameters, statement.answer(), null);
    }

    /** The connection the resolver answered, its records as {@code records} (the statement's rows, null when none) read them. */
    PlannedRow answer(Connection<?, ?> page, JsonNode records) {
        int n = page.nodes.size();
        PlannedRow connection = new PlannedRow(counts.size() + pageInfo.size() + nodes.size() + edges.size());
        for (String key : counts) {
            connection.put(key, page.totalCount);
        }
        for (ConnectionShape.PageInfo info : pageInfo) {
            connection.put(info.key(), info.row(page.pageInfo.hasNextPage(), page.pageInfo.hasPreviousPage(), n,
                    i -> page.edges.get(i).cursor));
        }
        for (Item item : nodes) {
            connection.put(item.key(), rows(item, page, records));
        }
        for (Edges edge : edges) {
            List<List<Object>> items = edge.nodes().stream().map(item -> rows(item, page, records)).toList();
            List<Object> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                PlannedRow row = new PlannedRow(edge.cursors().size() + edge.nodes().size());
                for (String key : edge.cursors()) {
                    row.put(key, page.edges.get(i).cursor);
                }
                for (int j = 0; j < items.size(); j++) {
                    row.put(edge.nodes().get(j).key(), items.get(j).get(i));
                }
                rows.add(row);
            }
            connection.put(edge.key(), rows);
        }
        return connection;
    }

    /** Each item of the page as this occurrence selects it. */
    private List<Object> rows(Item item, Connection<?, ?> page, JsonNode records) {
        List<Object> rows = new ArrayList<>(page.nodes.size());
        for (int i = 0; i < page.nodes.size(); i++) {
            Object ranked = page.nodes.get(i);
            PlannedRow row = new PlannedRow(item.fields().size() + item.records().size());
            for (String[] field : item.fields()) {
                row.put(field[0], read.field(ranked, field[1]));
            }
            for (Record record : item.records()) {
                Planned reader = record.readers().get(read.kind(ranked));
                row.put(record.key(), reader == null ? null : reader.valueOf(records.get(i).get(record.column())));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Bytes it holds, by estimate ({@link Planning.Statement#weight}). */
    long weight() {
        return 512 + (statement == null ? 0 : statement.weight());
    }
}
