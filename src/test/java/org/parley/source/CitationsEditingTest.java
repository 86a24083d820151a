package org.parley.source;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.EDITOR;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.read;
import static org.parley.editing.EditorClient.refused;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.unique;
import static org.parley.editing.EditorClient.update;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.editing.EditingProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Citations written with their passage, stance and party through a fact's mutation, and refused when wrong. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class CitationsEditingTest {

    /** A position of the world's party citing nothing yet; {@code more} adds or replaces fields. */
    private static Map<String, Object> position(Map<String, String> world, Object... more) {
        Map<String, Object> position = input("party", world.get("party"), "topic", "CEASEFIRE", "kind", "DEMAND",
                "text", unique("Stance"), "statedOn", "2025-05-16");
        position.putAll(input(more));
        return position;
    }

    /** The refusal's message and extensions (which name the field), once its code is checked. */
    private static String refusal(Map<String, Object> position, String expectedCode) {
        Map<String, Object> error = refused(EDITOR, "position", "Create", vars("input", position)).get(0);
        assertThat(error.toString(), code(error), is(expectedCode));
        return error.get("message") + " " + error.get("extensions");
    }

    @Test
    void aCitationKeepsItsPassageStanceAndPartyAndAnUpdateReplacesThem() {
        Map<String, String> world = smallWorld();
        String other = (String) create("party", input("name", unique("Party"), "kind", "STATE",
                "sources", List.of(world.get("source")))).get("id");
        Map<String, Object> created = create("position", position(world, "citations", List.of(
                input("source", world.get("source"), "quote", "  We demand a ceasefire.  ", "locator", "paragraph 2",
                        "stance", "REPORTS_CLAIM", "attributedTo", world.get("party")),
                input("newSource", input("url", "https://example.org/" + unique("denial").replace(' ', '-'), "publisher", "Elsewhere"),
                        "quote", "No such demand was made.", "stance", "DISPUTES", "attributedTo", other))));
        List<Map<String, Object>> citations = (List<Map<String, Object>>) created.get("citations");
        assertThat(citations.size(), is(2));
        assertThat(citations.get(0).get("quote"), is("We demand a ceasefire."));
        assertThat(citations.get(0).get("locator"), is("paragraph 2"));
        assertThat(citations.get(0).get("stance"), is("REPORTS_CLAIM"));
        assertThat(citations.get(1).get("stance"), is("DISPUTES"));
        assertThat(created.get("disputed"), is(true));
        assertThat(created.get("claimedBy"), is(List.of(Map.of("id", world.get("party")))));
        assertThat(created.get("disputedBy"), is(List.of(Map.of("id", other))));
        assertThat(read("position", created.get("id")).get("citations"), is(citations));

        // the same source kept with another passage; the disputing one dropped; a plain one through `sources`
        Map<String, Object> updated = update("position", created.get("id"), created.get("version"), position(world,
                "text", created.get("text"), "citations", List.of(input("source", world.get("source"), "quote", "A ceasefire.")),
                "sources", List.of()));
        List<Map<String, Object>> now = (List<Map<String, Object>>) updated.get("citations");
        assertThat(now.size(), is(1));
        assertThat(now.get(0).get("quote"), is("A ceasefire."));
        assertThat(now.get(0).get("stance"), is("SUPPORTS"));
        assertThat(now.get(0).get("attributedTo"), is((Object) null));
        assertThat(updated.get("disputed"), is(false));
        assertThat(updated.get("claimedBy"), is(List.of()));
    }

    @Test
    void wrongCitationsAreRefusedWithTheirField() {
        Map<String, String> world = smallWorld();
        String source = world.get("source");
        assertThat(refusal(position(world), "VALIDATION"), containsString("cite at least one source"));
        assertThat(refusal(position(world, "citations", List.of(input("quote", "Words."))), "VALIDATION"),
                containsString("citations[0].source"));
        assertThat(refusal(position(world, "citations", List.of(input("source", source,
                "newSource", input("url", "https://example.org/x")))), "VALIDATION"), containsString("either `source` or `newSource`"));
        assertThat(refusal(position(world, "sources", List.of(source), "citations", List.of(input("source", source, "quote", "Again."))),
                "VALIDATION"), containsString("already cites"));
        assertThat(refusal(position(world, "citations", List.of(input("source", source, "quote", "x".repeat(501)))), "VALIDATION"),
                containsString("quote"));
        assertThat(refusal(position(world, "citations", List.of(input("source", source, "quote", "   "))), "VALIDATION"),
                containsString("must not be blank"));
        assertThat(refusal(position(world, "citations", List.of(input("source", source, "attributedTo", source))), "VALIDATION"),
                containsString("citations[0].attributedTo"));
    }
}
