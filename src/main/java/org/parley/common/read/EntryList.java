package org.parley.common.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.common.paging.PageRequest;
import org.parley.common.persistence.DomainEntity;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * A connection of entries holding records of several types (a timeline), at the root or under a record: the
 * declaration's rows numbered in their order, the window of the Relay algorithm cut in SQL
 * ({@link PageRequest#window(Object, int, PageRequest.Numbers)}), each entry's record planned for the type its kind
 * names; the list's length always, for the page info. Rows are those {@link RootRead.EntriesRead} describes.
 */
final class EntryList {

    private EntryList() {
    }

    /** The page {@code arguments} ask for, taken out of them (what remains filters the rows); a size out of bounds is refused. */
    static PageRequest request(Planning planning, Map<String, Object> arguments) {
        PageRequest request = new PageRequest(Planning.integer(arguments.remove("first")), (String) arguments.remove("after"),
                Planning.integer(arguments.remove("last")), (String) arguments.remove("before"));
        request.checkSizes(planning.maxSize());
        return request;
    }

    /**
     * The connection's parts ({@code items}, {@code count}) added to {@code answer}, and how its JSON becomes the
     * connection; {@code rows} (a self-contained query) is read by the page and by the count, each its own subquery.
     */
    static ConnectionShape plan(Planning planning, PageRequest request, Map<String, Class<? extends DomainEntity>> kinds, String rows,
            DataFetchingFieldSelectionSet selection, List<String[]> answer) {
        String y = planning.alias();
        String x = planning.alias();
        List<String> window = request.window(y + ".c", planning.defaultSize(), new PageRequest.Numbers<>() {
            public String of(long value) {
                return planning.bind(value);
            }

            public String min(String a, String b) {
                return "least(" + a + ", " + b + ")";
            }

            public String max(String a, String b) {
                return "greatest(" + a + ", " + b + ")";
            }

            public String plus(String a, String b) {
                return "(" + a + " + " + b + ")";
            }

            public String minus(String a, String b) {
                return "(" + a + " - " + b + ")";
            }
        });
        List<String[]> item = new ArrayList<>();
        item.add(new String[] { "$n", y + ".n" });
        ConnectionShape shape = new ConnectionShape(new ConnectionShape.Offsets(request, planning.defaultSize(), planning.maxSize()));
        ReadPlanner.selection(selection, shape, item, field -> entry(planning, kinds, y, field), null);
        String order = x + ".s, " + planning.dialect().periodEnd(x + ".s", x + ".p") + ", " + x + ".r, " + x + ".q1, " + x + ".q2";
        String numbered = "(select " + x + ".*, row_number() over (order by " + order + ") - 1 n, count(*) over () c from (" + rows
                + ") " + x + ") " + y;
        answer.add(new String[] { "items", "(select " + planning.dialect().aggregate(planning.dialect().object(item), y + ".n") + " from "
                + numbered + " where " + y + ".n >= " + window.get(0) + " and " + y + ".n < " + window.get(1) + ")" });
        // the rows again, for the list's length, which the window and the page info need even when the page is empty
        answer.add(new String[] { "count", "(select count(*) from (" + rows + ") " + planning.alias() + ")" });
        return shape;
    }

    /**
     * An entry of a list of entries: its kind, date and title, and its record planned for each kind's type; the kind
     * travels with it ({@code $t}) to say which type's reader reads the record.
     */
    private static Planned entry(Planning planning, Map<String, Class<? extends DomainEntity>> kinds, String y, SelectedField field) {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] { "$t", y + ".k" });
        List<String> keys = new ArrayList<>();
        List<Planned> reads = new ArrayList<>();
        Map<String, Map<String, Planned>> records = new HashMap<>();
        for (SelectedField part : field.getSelectionSet().getImmediateFields()) {
            if (part.getName().equals("__typename")) {
                continue;
            }
            if (keys.contains(part.getResultKey())) {
                throw Planning.NOT_PLANNED;
            }
            planning.noArguments(part);
            Planned planned = switch (part.getName()) {
                case "kind" -> new Planned(y + ".k", JsonNode::textValue);
                case "title" -> new Planned(y + ".t", JsonNode::textValue);
                case "datePrecision" -> new Planned(y + ".p", JsonNode::textValue);
                case "date" -> new Planned(planning.dialect().array(List.of(y + ".s", y + ".p")), FieldRead.PartialDateRead::of);
                case "node" -> {
                    Map<String, Planned> byKind = new HashMap<>();
                    records.put(part.getResultKey(), byKind);
                    yield new Planned(record(planning, kinds, y, part, byKind), null); // read by its kind's reader
                }
                default -> throw Planning.NOT_PLANNED;
            };
            pairs.add(new String[] { part.getResultKey(), planned.sql() });
            keys.add(part.getResultKey());
            reads.add(planned);
        }
        return new Planned(planning.dialect().object(pairs), json -> {
            PlannedRow row = new PlannedRow(keys.size());
            String kind = json.get("$t").textValue();
            for (int i = 0; i < keys.size(); i++) {
                Map<String, Planned> record = records.get(keys.get(i));
                row.put(keys.get(i), (record == null ? reads.get(i) : record.get(kind)).valueOf(json.get(keys.get(i))));
            }
            return row;
        });
    }

    /** An entry's record: a case over the kinds, each the record of its type whose key the row gives ({@code byKind} its readers). */
    private static String record(Planning planning, Map<String, Class<? extends DomainEntity>> kinds, String y, SelectedField node,
            Map<String, Planned> byKind) {
        Map<String, EntityTable> tables = new LinkedHashMap<>();
        kinds.forEach((kind, entity) -> tables.put(kind, planning.table(entity)));
        return planning.recordOfKind(y + ".k", tables, y + ".q2", node.getSelectionSet(), byKind);
    }
}
