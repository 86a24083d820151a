package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.EDITOR;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.refused;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.unique;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dataset.DatasetException;
import org.parley.dataset.DatasetLoader;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A mutation and a dataset record go through the same input records and the same editing code: each rule below is
 * broken once through each path, and both refuse it on the same field with the same words.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class WritePathsTest {

    /** A file with a source `s`, a party `p`, a person `h`, a conflict `c` with talks `t`; {@code more} adds sections. */
    private static String file(String conflictParts, String more) {
        return """
                {"format": "parley-dataset", "version": 1,
                 "sources": [{"key": "s", "url": "https://example.org/write-paths"}],
                 "parties": [{"key": "p", "name": "%s", "kind": "STATE", "sources": ["s"]}],
                 "people": [{"key": "h", "name": "Envoy", "sources": ["s"]}],
                 "conflicts": [{"key": "c", "name": "%s", "sources": ["s"]%s}]%s}
                """.formatted(unique("Party"), unique("Conflict"), conflictParts, more);
    }

    @Inject
    DatasetLoader loader;

    @TempDir
    Path dir;

    private String datasetRefusal(String json) throws IOException {
        Path path = dir.resolve("write-paths.json");
        Files.writeString(path, json);
        return assertThrows(DatasetException.class, () -> loader.load(path)).getMessage();
    }

    /** The one field error a mutation gets, as `field': message` the way the loader words it. */
    @SuppressWarnings("unchecked")
    private static String mutationRefusal(String type, Map<String, Object> input) {
        List<Map<String, Object>> errors = refused(EDITOR, type, "Create", vars("input", input));
        assertThat(errors, hasSize(1));
        List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) errors.get(0).get("extensions")).get("fields");
        assertThat(fields, hasSize(1));
        return "field '" + ((String) fields.get(0).get("path")).substring("input.".length()) + "': " + fields.get(0).get("message");
    }

    private void bothRefuse(String type, Map<String, Object> input, String json, String expected) throws IOException {
        String mutation = mutationRefusal(type, input);
        assertThat(mutation, containsString(expected));
        assertThat(datasetRefusal(json), containsString(mutation));
    }

    @Test
    void aRoundNumberPastTheLimit() throws IOException {
        Map<String, String> world = smallWorld();
        bothRefuse("round", input("talks", world.get("talks"), "number", 1001, "date", "2025-06-02", "status", "HELD",
                "sources", List.of(world.get("source"))),
                file(", \"talks\": [{\"key\": \"t\", \"name\": \"T\", \"sources\": [\"s\"], \"rounds\": [{\"key\": \"r\", "
                        + "\"number\": 1001, \"date\": \"2025-06-02\", \"status\": \"HELD\", \"sources\": [\"s\"]}]}]", ""),
                "field 'number': must be less than or equal to 1000");
    }

    @Test
    void aSourceAddressThatIsNotHttp() throws IOException {
        bothRefuse("source", input("url", "ftp://example.org/x"),
                file("", "").replace("https://example.org/write-paths", "ftp://example.org/x"),
                "field 'url': must be an absolute http(s) URL");
    }

    @Test
    void aCurrentOfficeWithAnEndDate() throws IOException {
        Map<String, String> world = smallWorld();
        String person = (String) create("person", input("name", unique("Envoy"), "sources", List.of(world.get("source")))).get("id");
        bothRefuse("office", input("person", person, "title", "Envoy", "to", "2024", "current", true,
                "sources", List.of(world.get("source"))),
                file("", "").replace("\"name\": \"Envoy\",", "\"name\": \"Envoy\", \"offices\": [{\"title\": \"Envoy\", "
                        + "\"to\": \"2024\", \"current\": true, \"sources\": [\"s\"]}],"),
                "field 'current': cannot be true for an office with an end date");
    }

    @Test
    void anOfficeThatEndsBeforeItBegins() throws IOException {
        Map<String, String> world = smallWorld();
        String person = (String) create("person", input("name", unique("Envoy"), "sources", List.of(world.get("source")))).get("id");
        bothRefuse("office", input("person", person, "title", "Envoy", "from", "2024-05", "to", "2023", "current", false,
                "sources", List.of(world.get("source"))),
                file("", "").replace("\"name\": \"Envoy\",", "\"name\": \"Envoy\", \"offices\": [{\"title\": \"Envoy\", "
                        + "\"from\": \"2024-05\", \"to\": \"2023\", \"current\": false, \"sources\": [\"s\"]}],"),
                "field 'to': ends (2023) before the period begins (`from` is 2024-05)");
    }

    @Test
    void aStatementWithNobodyToSayIt() throws IOException {
        Map<String, String> world = smallWorld();
        bothRefuse("statement", input("text", "Words.", "direct", false, "sources", List.of(world.get("source"))),
                file("", """
                        , "statements": [{"text": "Words.", "sources": ["s"]}]"""),
                "field 'speaker': is required when no person is named");
    }

    @Test
    void anEventDatedBeforeTheYear1000() throws IOException {
        Map<String, String> world = smallWorld();
        bothRefuse("event", input("conflict", world.get("conflict"), "kind", "OFFENSIVE", "date", "0999", "description", "X",
                "sources", List.of(world.get("source"))),
                file(", \"events\": [{\"kind\": \"OFFENSIVE\", \"date\": \"0999\", \"description\": \"X\", \"sources\": [\"s\"]}]", ""),
                "field 'date': a date before the year 1000");
    }

    @Test
    void aPositionThatIsAlreadySuperseded() throws IOException {
        Map<String, String> world = smallWorld();
        List<String> sources = List.of(world.get("source"));
        Map<String, Object> first = input("party", world.get("party"), "topic", "CEASEFIRE", "kind", "DEMAND",
                "text", "First.", "statedOn", "2025-01", "sources", sources);
        String older = (String) create("position", first).get("id");
        Map<String, Object> second = input("party", world.get("party"), "topic", "CEASEFIRE", "kind", "DEMAND",
                "text", "Second.", "statedOn", "2025-02", "supersedes", List.of(older), "sources", sources);
        create("position", second);
        second.put("text", "Third.");
        String mutation = mutationRefusal("position", second);
        assertThat(mutation, containsString("field 'supersedes[0]': is already superseded by Position '"));

        String dataset = datasetRefusal(file("", """
                , "positions": [
                  {"key": "x1", "party": "p", "topic": "CEASEFIRE", "kind": "DEMAND", "text": "First.", "statedOn": "2025-01", "sources": ["s"]},
                  {"key": "x2", "party": "p", "topic": "CEASEFIRE", "kind": "DEMAND", "text": "Second.", "statedOn": "2025-02", "supersedes": ["x1"], "sources": ["s"]},
                  {"key": "x3", "party": "p", "topic": "CEASEFIRE", "kind": "DEMAND", "text": "Third.", "statedOn": "2025-02", "supersedes": ["x1"], "sources": ["s"]}]"""));
        assertThat(dataset, containsString("record positions[2] (key 'x3'): field 'supersedes[0]': is already superseded by Position '"));
    }
}
