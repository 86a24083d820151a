package org.parley.editing;

import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.errorsAs;
import static org.parley.GraphQLClient.vars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.parley.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * An editor's client in tests: writes records through the GraphQL mutations (documents under graphql/editing/) with
 * real tokens. Names carry a per-run suffix so that tests sharing one application never collide.
 */
public final class EditorClient {

    public static final String EDITOR = Tokens.editor("alice@newsroom.example");
    public static final String ADMIN = Tokens.admin("root@newsroom.example");

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

    private EditorClient() {
    }

    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    /** A mutable input map: alternating names and values. */
    public static Map<String, Object> input(Object... namesAndValues) {
        return new HashMap<>(vars(namesAndValues));
    }

    public static Map<String, Object> create(String type, Map<String, Object> input) {
        return dataAs(EDITOR, "editing/" + type, "Create", vars("input", input)).getMap("record");
    }

    public static Map<String, Object> update(String type, Object id, Object version, Map<String, Object> input) {
        return dataAs(EDITOR, "editing/" + type, "Update", vars("id", id, "version", version, "input", input))
                .getMap("record");
    }

    public static String delete(String type, Object id, Object version) {
        return dataAs(ADMIN, "editing/" + type, "Delete", vars("id", id, "version", version)).getString("deleted");
    }

    public static Map<String, Object> read(String type, Object id) {
        return dataAs(null, "editing/" + type, "Read", vars("id", id)).getMap("record");
    }

    public static List<Map<String, Object>> refused(String token, String type, String operation, Map<String, Object> variables) {
        return errorsAs(token, "editing/" + type, operation, variables);
    }

    public static JsonPath snapshot() {
        return dataAs(null, "editing/snapshot", "Snapshot", Map.of());
    }

    /** A source, conflict, party, talks and round of its own, for a test to write around. */
    /** The input of a demand on peace terms by the small world's party, citing its source. */
    public static Map<String, Object> demand(Map<String, String> world, String text, String statedOn) {
        return input("party", world.get("party"), "topic", "PEACE_TERMS", "kind", "DEMAND", "text", text, "statedOn", statedOn,
                "sources", List.of(world.get("source")));
    }

    public static Map<String, String> smallWorld() {
        Map<String, String> ids = new HashMap<>();
        ids.put("source", (String) create("source", input("url", "https://example.org/" + unique("doc").replace(' ', '-'),
                "title", "A report")).get("id"));
        List<String> sources = new ArrayList<>(List.of(ids.get("source")));
        ids.put("conflict", (String) create("conflict", input("name", unique("Conflict"), "sources", sources)).get("id"));
        ids.put("party", (String) create("party", input("name", unique("Party"), "kind", "STATE", "sources", sources)).get("id"));
        ids.put("talks", (String) create("talks", input("name", unique("Talks"), "conflict", ids.get("conflict"),
                "sources", sources)).get("id"));
        ids.put("round", (String) create("round", input("talks", ids.get("talks"), "number", 1, "date", "2025-06-02",
                "city", "Istanbul", "status", "HELD", "sources", sources)).get("id"));
        return ids;
    }
}
