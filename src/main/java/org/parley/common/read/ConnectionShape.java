package org.parley.common.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.parley.common.paging.PageRequest;
import org.parley.common.paging.SortKey;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.schema.SelectedField;

/**
 * What a client selected of a Relay connection, and how its planned JSON ({@code items}: the page and one item more,
 * each with its sort keys; {@code count} when asked) becomes the connection Pager would have built.
 */
final class ConnectionShape {

    /** A planned object under the key its JSON is found at. */
    record Part(String key, Planned object) {
    }

    static final class Edges {
        final String key;
        final List<String> cursors = new ArrayList<>();
        /** Each node's result key, and under {@link Planned#sql()} the JSON key it is read from. */
        final List<Part> nodes = new ArrayList<>();

        Edges(String key) {
            this.key = key;
        }
    }

    /** Page info's fields by result key and name (not graphql-java's fields: a kept plan must not hold a request's). */
    record PageInfo(String key, List<String[]> fields) {

        /** Its row for a page of {@code n} items, their cursors made by {@code cursors} when asked. */
        PlannedRow row(boolean hasNext, boolean hasPrevious, int n, IntFunction<String> cursors) {
            PlannedRow row = new PlannedRow(fields.size());
            for (String[] field : fields) {
                row.put(field[0], switch (field[1]) {
                    case "hasNextPage" -> hasNext;
                    case "hasPreviousPage" -> hasPrevious;
                    case "startCursor" -> n == 0 ? null : cursors.apply(0);
                    case "endCursor" -> n == 0 ? null : cursors.apply(n - 1);
                    default -> null;
                });
            }
            return row;
        }
    }

    /**
     * The page asked, as Pager reads it: {@code size} items and one more fetched in the order, or in its reverse when
     * {@code backwards} (`last` without `first`); {@code last} beside `first` keeps the fetched page's last items;
     * {@code order} is the one read in (the list's own or the client's `orderBy`), which the cursors name.
     */
    record Page(int size, boolean backwards, Integer last, boolean after, boolean before, SortKey<?> order) {
    }

    /** A page of a list numbered in SQL and paged by offsets (a timeline), as Pager pages a list in memory. */
    record Offsets(PageRequest request, int defaultSize, int maxSize) {
    }

    private final Page page;
    private final Offsets offsets;
    final List<String> count = new ArrayList<>();
    final List<Part> nodes = new ArrayList<>();
    final List<Edges> edges = new ArrayList<>();
    final List<PageInfo> pageInfo = new ArrayList<>();
    /** Each `aggregate` under its result key, its JSON in the answer under {@link #AGGREGATE} and that key. */
    final List<Part> aggregates = new ArrayList<>();

    /** Where the answer holds an `aggregate`'s JSON, before its result key. */
    static final String AGGREGATE = "$a.";

    ConnectionShape(Page page) {
        this.page = page;
        this.offsets = null;
    }

    ConnectionShape(Offsets offsets) {
        this.page = null;
        this.offsets = offsets;
    }

    static PageInfo pageInfo(SelectedField field) {
        for (SelectedField info : field.getSelectionSet().getImmediateFields()) {
            if (!List.of("__typename", "hasNextPage", "hasPreviousPage", "startCursor", "endCursor").contains(info.getName())) {
                throw Planning.NOT_PLANNED;
            }
        }
        return new PageInfo(field.getResultKey(), field.getSelectionSet().getImmediateFields().stream()
                .map(info -> new String[] { info.getResultKey(), info.getName() }).toList());
    }

    Object read(JsonNode json) {
        return offsets == null ? readKeyset(json) : readOffsets(json);
    }

    /** The items are the window's (each with its offset, {@code $n}); {@code count} is the whole list's. */
    private Object readOffsets(JsonNode json) {
        int total = json.get("count").intValue();
        PageRequest.Window window = offsets.request().window(total, offsets.defaultSize(), offsets.maxSize());
        JsonNode fetched = json.get("items");
        List<JsonNode> items = new ArrayList<>(fetched.size());
        fetched.forEach(items::add);
        return connection(json, items, window.end() < total, window.start() > 0, i -> PageRequest.cursor(items.get(i).get("$n").intValue()));
    }

    private Object readKeyset(JsonNode json) {
        JsonNode fetched = json.get("items");
        boolean more = fetched.size() > page.size();
        int kept = Math.min(fetched.size(), page.size());
        // the page in the order, from what the statement fetched: reversed when read backwards, its front cut by `last`
        int skip = page.last() != null && kept > page.last() ? kept - page.last() : 0;
        int n = kept - skip;
        List<JsonNode> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(fetched.get(page.backwards() ? kept - 1 - i : skip + i));
        }
        boolean hasNext = page.backwards() ? page.before() : more;
        boolean hasPrevious = page.backwards() ? more : page.after() || skip > 0;
        return connection(json, items, hasNext, hasPrevious, i -> Planning.cursor(page.order(), items.get(i).get("$k")));
    }

    /** The connection of these items, in order; an item's cursor is made only when asked, once. */
    private PlannedRow connection(JsonNode json, List<JsonNode> items, boolean hasNext, boolean hasPrevious, IntFunction<String> cursorOf) {
        int n = items.size();
        String[] made = new String[n];
        IntFunction<String> cursors = i -> made[i] != null ? made[i] : (made[i] = cursorOf.apply(i));
        PlannedRow connection = new PlannedRow(count.size() + nodes.size() + edges.size() + pageInfo.size() + aggregates.size());
        for (String key : count) {
            connection.put(key, json.get("count").intValue());
        }
        for (Part part : nodes) {
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(part.object().valueOf(items.get(i).get(part.key())));
            }
            connection.put(part.key(), values);
        }
        for (Edges edge : edges) {
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                PlannedRow row = new PlannedRow(edge.cursors.size() + edge.nodes.size());
                for (String key : edge.cursors) {
                    row.put(key, cursors.apply(i));
                }
                for (Part node : edge.nodes) {
                    row.put(node.key(), node.object().valueOf(items.get(i).get(node.object().sql())));
                }
                values.add(row);
            }
            connection.put(edge.key, values);
        }
        for (PageInfo info : pageInfo) {
            connection.put(info.key(), info.row(hasNext, hasPrevious, n, cursors));
        }
        for (Part aggregate : aggregates) {
            connection.put(aggregate.key(), aggregate.object().valueOf(json.get(AGGREGATE + aggregate.key())));
        }
        return connection;
    }
}
