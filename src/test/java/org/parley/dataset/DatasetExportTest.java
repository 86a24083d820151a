package org.parley.dataset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.vars;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.Tokens;
import org.parley.editing.EditingProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** `GET /dataset`: an editor's copy of the whole database in the dataset format; refused without the role. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class DatasetExportTest {

    private static final String EDITOR = Tokens.editor("exporter@newsroom.example");

    @Test
    void withoutATokenItIsRefused() {
        given().get("/dataset").then().statusCode(401)
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
    }

    @Test
    void aTokenWithoutTheEditorRoleIsRefused() {
        given().auth().oauth2(Tokens.sign(Tokens.ISSUER, "reader@newsroom.example", 300, "reader"))
                .get("/dataset").then().statusCode(403)
                .body("errors[0].extensions.code", is("FORBIDDEN"));
    }

    @Test
    void anEditorGetsEveryRecordIncludingOnesJustWritten() {
        String source = dataAs(EDITOR, "editing/source", "Create", vars("input", Map.of("url",
                "https://example.org/export-" + System.nanoTime(), "title", "Exported report"))).getString("record.id");
        String name = "Exportland " + System.nanoTime();
        String item = "Q" + (1 + System.nanoTime() % 900_000_000L);
        dataAs(EDITOR, "editing/party", "Create", vars("input", Map.of("name", name, "kind", "STATE",
                "sources", List.of(source), "externalIds", List.of(Map.of("scheme", "WIKIDATA", "value", item,
                        "citations", List.of(Map.of("source", source, "locator", "infobox")))))));
        int sources = data("sources").getInt("sources.totalCount");
        int parties = data("parties").getInt("parties.totalCount");

        given().auth().oauth2(EDITOR).get("/dataset").then().statusCode(200)
                .header("Content-Type", containsString("application/json"))
                .header("Content-Disposition", containsString("attachment; filename=\"parley-"))
                .header("Cache-Control", is("no-store"))
                .body("format", is("parley-dataset"))
                .body("version", is(4))
                .body("sources.size()", is(sources))
                .body("parties.size()", is(parties))
                .body("parties.name", hasItem(name))
                .body("parties.find { it.name == '" + name + "' }.externalIds[0].value", is(item))
                .body("parties.find { it.name == '" + name + "' }.externalIds[0].citations[0].locator", is("infobox"))
                .body("parties.find { it.name == '" + name + "' }.externalIds[0].url", is((Object) null))
                .body("parties.find { it.name == '" + name + "' }.sources[0]",
                        is(given().auth().oauth2(EDITOR).get("/dataset").jsonPath()
                                .getString("sources.find { it.title == 'Exported report' && it.url.contains('export-') }.key")));
    }
}
