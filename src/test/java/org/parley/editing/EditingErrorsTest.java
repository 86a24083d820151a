package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.ADMIN;
import static org.parley.editing.EditorClient.EDITOR;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.read;
import static org.parley.editing.EditorClient.refused;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.snapshot;
import static org.parley.editing.EditorClient.unique;
import static org.parley.editing.EditorClient.update;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.Tokens;
import org.parley.common.graphql.GlobalId;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Each refused write answers with its code, and leaves every stored record as it was. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class EditingErrorsTest {

    /** Runs a write that must be refused; checks the code, that it is the only error, and that nothing changed. */
    private static Map<String, Object> refusedWithoutTrace(String code, Supplier<List<Map<String, Object>>> write) {
        String before = snapshot().prettify();
        List<Map<String, Object>> errors = write.get();
        assertThat(errors.toString(), errors.size(), is(1));
        assertThat(errors.get(0).toString(), code(errors.get(0)), is(code));
        assertThat(snapshot().prettify(), is(before));
        return errors.get(0);
    }

    private static Map<String, Object> newParty(List<String> sources) {
        return vars("input", input("name", unique("Party"), "kind", "STATE", "sources", sources));
    }

    @Test
    void aWriteWithoutATokenIsUnauthenticated() {
        String source = smallWorld().get("source");
        refusedWithoutTrace("UNAUTHENTICATED", () -> refused(null, "party", "Create", newParty(List.of(source))));
    }

    @Test
    void aRefusedTokenIsUnauthenticatedNotABareHttpError() {
        String source = smallWorld().get("source");
        for (String token : List.of("not-a-jwt", Tokens.sign(Tokens.ISSUER, "mallory", -120, "editor"),
                Tokens.sign("https://elsewhere.example", "mallory", 3600, "editor"), EDITOR.substring(0, EDITOR.length() - 4) + "AAAA")) {
            Map<String, Object> error = refusedWithoutTrace("UNAUTHENTICATED",
                    () -> refused(token, "party", "Create", newParty(List.of(source))));
            assertThat((String) error.get("message"), containsString("token was refused"));
        }
    }

    @Test
    void tokensAreReadStrictly() {
        String source = smallWorld().get("source");
        long now = java.time.Instant.now().getEpochSecond();
        Map<String, String> tokens = Map.of(
                "token was refused", Tokens.sign(Tokens.ISSUER, "mallory", now - 600, now - 30, "editor"),
                "issued in the future", Tokens.sign(Tokens.ISSUER, "mallory", now + 86_400, now + 90_000, "editor"),
                "names no one", Tokens.sign(Tokens.ISSUER, "", 3600, "editor"));
        tokens.forEach((says, token) -> {
            Map<String, Object> error = refusedWithoutTrace("UNAUTHENTICATED",
                    () -> refused(token, "party", "Create", newParty(List.of(source))));
            assertThat((String) error.get("message"), containsString(says));
        });
    }

    @Test
    void answersToRequestsWithATokenAreNotStored() {
        String query = "{ talks(first: 1) { totalCount } }";
        GraphQLClient.post(EDITOR, query, null, Map.of()).header("Cache-Control", is("no-store"));
        GraphQLClient.post(EDITOR, "{ talks(first: 1) { totalCount } ", null, Map.of()).header("Cache-Control", is("no-store"));
        GraphQLClient.post(null, query, null, Map.of()).header("Cache-Control", nullValue());
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        Map<String, String> world = smallWorld();
        refusedWithoutTrace("FORBIDDEN", () -> refused(Tokens.sign(Tokens.ISSUER, "reader", 3600), "party", "Create",
                newParty(List.of(world.get("source")))));
        Map<String, Object> error = refusedWithoutTrace("FORBIDDEN", () -> refused(EDITOR, "round", "Delete",
                vars("id", world.get("round"), "version", 0)));
        assertThat((String) error.get("message"), containsString("needs role admin"));
    }

    @Test
    void badFieldsAreAllReportedWithTheirPaths() {
        Map<String, String> world = smallWorld();
        Map<String, Object> error = refusedWithoutTrace("VALIDATION", () -> refused(EDITOR, "round", "Create",
                vars("input", input("talks", world.get("talks"), "number", 0, "date", "2025", "status", "HELD",
                        "newSources", List.of(Map.of("url", "ftp://example.org/x"))))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) error.get("extensions")).get("fields");
        assertThat(fields.stream().map(f -> f.get("path")).toList(), is(List.of("input.newSources[0].url", "input.number")));

        // a well-formed date the record cannot have is reported at its path too
        error = refusedWithoutTrace("VALIDATION", () -> refused(EDITOR, "round", "Create", vars("input",
                input("talks", world.get("talks"), "number", 2, "date", "0999", "status", "HELD",
                        "sources", List.of(world.get("source"))))));
        assertThat((String) error.get("message"), containsString("input.date: a date before the year 1000"));

        error = refusedWithoutTrace("VALIDATION", () -> refused(EDITOR, "round", "Create", vars("input",
                input("talks", world.get("talks"), "number", 2, "date", "2025-13", "status", "HELD",
                        "sources", List.of(world.get("source"))))));
        assertThat((String) error.get("message"), containsString("'2025-13' is not an ISO-8601 date"));

        refusedWithoutTrace("VALIDATION", () -> refused(EDITOR, "party", "Create", vars("input",
                input("name", unique("Party"), "kind", "STATE"))));
        refusedWithoutTrace("VALIDATION", () -> refused(EDITOR, "round", "Create", vars("input",
                input("talks", world.get("party"), "number", 2, "date", "2025", "status", "HELD",
                        "sources", List.of(world.get("source"))))));
    }

    @Test
    void anUnknownReferenceIsNotFoundAndNothingOfTheMutationIsWritten() {
        Map<String, String> world = smallWorld();
        String missingTalks = GlobalId.encode("Talks", 987654321L);
        Map<String, Object> error = refusedWithoutTrace("NOT_FOUND", () -> refused(EDITOR, "round", "Create", vars("input",
                input("talks", missingTalks, "number", 2, "date", "2025", "status", "HELD",
                        "sources", List.of(world.get("source"))))));
        assertThat((String) error.get("message"), is("input.talks: no Talks has id '" + missingTalks + "'."));

        // the party and its new source are written before the unknown source is met: all of it is rolled back
        refusedWithoutTrace("NOT_FOUND", () -> refused(EDITOR, "party", "Create", vars("input", input("name", unique("Party"),
                "kind", "STATE", "sources", List.of(GlobalId.encode("Source", 987654321L)),
                "newSources", List.of(Map.of("url", "https://example.org/" + unique("never").replace(' ', '-')))))));
    }

    @Test
    void anUpdateNamingAStaleVersionIsAConflict() {
        Map<String, String> world = smallWorld();
        Map<String, Object> round = input("talks", world.get("talks"), "number", 1, "date", "2025-06-02", "status", "HELD",
                "city", "Istanbul", "sources", List.of(world.get("source")));
        update("round", world.get("round"), 0, round);
        round.put("city", "Ankara");
        Map<String, Object> error = refusedWithoutTrace("CONFLICT", () -> refused(EDITOR, "round", "Update",
                vars("id", world.get("round"), "version", 0, "input", round)));
        assertThat((String) error.get("message"), containsString("is at version 1, not 0"));
        assertThat(read("round", world.get("round")).get("city"), is("Istanbul"));
        refusedWithoutTrace("CONFLICT", () -> refused(ADMIN, "round", "Delete", vars("id", world.get("round"), "version", 0)));
    }

    @Test
    void deletingWhatOtherRecordsReferToIsAConflict() {
        Map<String, String> world = smallWorld();
        Map<String, Object> error = refusedWithoutTrace("CONFLICT", () -> refused(ADMIN, "talks", "Delete",
                vars("id", world.get("talks"), "version", 0)));
        assertThat((String) error.get("message"), containsString("is still referred to by 1 Round.talks"));
        refusedWithoutTrace("CONFLICT", () -> refused(ADMIN, "source", "Delete", vars("id", world.get("source"), "version", 0)));
    }

    @Test
    void aDuplicateOfAUniqueValueIsAConflict() {
        Map<String, String> world = smallWorld();
        String name = (String) read("party", world.get("party")).get("name");
        refusedWithoutTrace("CONFLICT", () -> refused(EDITOR, "party", "Create", vars("input",
                input("name", name, "kind", "STATE", "sources", List.of(world.get("source"))))));
        refusedWithoutTrace("CONFLICT", () -> refused(EDITOR, "round", "Create", vars("input",
                input("talks", world.get("talks"), "number", 1, "date", "2025", "status", "HELD",
                        "sources", List.of(world.get("source"))))));
    }
}
