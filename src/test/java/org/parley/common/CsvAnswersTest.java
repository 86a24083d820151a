package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.parley.GraphQLClient.document;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Root lists answered as CSV (`Accept: text/csv`), read back with a real CSV parser and compared with the JSON answer. */
@QuarkusTest
class CsvAnswersTest {

    private static final String CSV = "text/csv";

    @Test
    void roundsAsCsvAreTheJsonAnswerAsRows() throws IOException {
        Response csv = post("Rounds", CSV);
        assertThat(csv.statusCode(), is(200));
        assertThat(csv.contentType(), startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition"), is("attachment; filename=\"rounds.csv\""));
        List<CSVRecord> records = parse(csv);
        List<Map<String, Object>> nodes = post("Rounds", "application/json").jsonPath().getList("data.rounds.nodes");
        assertThat(records.size(), is(nodes.size()));
        assertThat(header(csv), is(List.of("number", "date", "city", "status", "talks.name", "host.name", "host.kind")));
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, Object> node = nodes.get(i);
            CSVRecord record = records.get(i);
            assertThat(record.get("number"), is(String.valueOf(node.get("number"))));
            assertThat(record.get("date"), is(node.get("date")));
            assertThat(record.get("city"), is(text(node.get("city"))));
            assertThat(record.get("talks.name"), is(((Map<?, ?>) node.get("talks")).get("name")));
            Map<?, ?> host = (Map<?, ?>) node.get("host");
            assertThat(record.get("host.name"), is(host == null ? "" : text(host.get("name"))));
        }
    }

    @Test
    void textWithCommasQuotesAndLineBreaksSurvivesQuoting() throws IOException {
        Response csv = post("Positions", CSV);
        assertThat(header(csv), is(List.of("id", "kind", "statedOn", "text", "party.name", "statedBy.name")));
        List<CSVRecord> records = parse(csv);
        List<Map<String, Object>> edges = post("Positions", "application/json").jsonPath().getList("data.positions.edges");
        assertThat(records.size(), is(edges.size()));
        int quoted = 0;
        for (int i = 0; i < edges.size(); i++) {
            Map<?, ?> node = (Map<?, ?>) edges.get(i).get("node");
            assertThat(records.get(i).get("text"), is(node.get("text")));
            Map<?, ?> by = (Map<?, ?>) node.get("statedBy");
            assertThat(records.get(i).get("statedBy.name"), is(by == null ? "" : text(by.get("name"))));
            String text = (String) node.get("text");
            quoted += text.contains(",") || text.contains("\"") ? 1 : 0;
        }
        assertThat("texts that need quoting", quoted, greaterThan(0));
        assertThat(csv.asString(), not(startsWith("\uFEFF")));
    }

    @Test
    void aGetIsCachedAsItsOwnRepresentation() {
        Map<String, String> parameters = Map.of("query", document("csv"), "operationName", "Rounds");
        Response csv = given().accept(CSV).header("apollo-require-preflight", "true").queryParams(parameters).get("/graphql");
        assertThat(csv.statusCode(), is(200));
        assertThat(csv.contentType(), startsWith("text/csv"));
        String etag = csv.header("ETag");
        assertThat(csv.header("Cache-Control"), startsWith("public"));
        Response json = given().accept(ContentType.JSON).header("apollo-require-preflight", "true").queryParams(parameters).get("/graphql");
        assertThat(json.header("ETag"), not(is(etag)));
        Response again = given().accept(CSV).header("apollo-require-preflight", "true").header("If-None-Match", etag)
                .queryParams(parameters).get("/graphql");
        assertThat(again.statusCode(), is(304));
    }

    @Test
    void whatIsNoTableIsRefusedWithACode() {
        Response list = post("WithAList", CSV);
        assertThat(list.statusCode(), is(406));
        assertThat(list.jsonPath().getString("errors[0].extensions.code"), is("BAD_REQUEST"));
        assertThat(list.jsonPath().getString("errors[0].message"), is("`delegations` is a list: a CSV answer has one row "
                + "per item and a column per single value; leave it out, or ask for JSON."));
        Response two = post("TwoLists", CSV);
        assertThat(two.statusCode(), is(406));
        assertThat(two.jsonPath().getString("errors[0].message"), startsWith("A CSV answer is one list"));
        Response mutation = given().contentType(ContentType.JSON).accept(CSV)
                .body(Map.of("query", "mutation { deleteRound(id: \"x\", version: 0) }")).post("/graphql");
        assertThat(mutation.statusCode(), is(406));
        assertThat(mutation.jsonPath().getString("errors[0].extensions.code"), is("BAD_REQUEST"));
    }

    @Test
    void anAnswerWithErrorsIsTheGraphQLJson() {
        Response bad = post("BadCursor", CSV);
        assertThat(bad.contentType(), startsWith("application/json"));
        assertThat(bad.jsonPath().getString("errors[0].extensions.code"), is("VALIDATION"));
        // the same limits as JSON: refused before anything runs
        Response hostile = given().contentType(ContentType.JSON).accept(CSV).body(Map.of("query",
                "{ rounds(first: 100) { nodes { delegations(first: 100) { members(first: 100) { name } } } } }")).post("/graphql");
        assertThat(hostile.jsonPath().getString("errors[0].extensions.code"), is("LIMIT_EXCEEDED"));
        // and by GET, not kept by caches
        Response got = given().accept(CSV).header("apollo-require-preflight", "true")
                .queryParams(Map.of("query", document("csv"), "operationName", "BadCursor")).get("/graphql");
        assertThat(got.jsonPath().getString("errors[0].extensions.code"), is("VALIDATION"));
        assertThat(got.header("Cache-Control"), is("no-store"));
    }

    @Test
    void theCsrfRulesAreJsons() {
        Response forged = given().contentType("text/plain").accept(CSV).body("{\"query\": \"{ rounds { nodes { number } } }\"}")
                .post("/graphql");
        assertThat(forged.statusCode(), is(400));
        assertThat(forged.jsonPath().getString("errors[0].extensions.code"), is("BAD_REQUEST"));
    }

    /** The list the page offers as a file, asked as the page asks it. */
    @Test
    void thePagesDownloadIsCsv() throws IOException {
        String script = Files.readString(Path.of("src", "main", "resources", "META-INF", "resources", "parley.js"));
        Matcher query = Pattern.compile("const EVENTS_CSV = `([^`]*)`").matcher(script);
        assertThat(query.find(), is(true));
        int rows = 0;
        for (String conflict : GraphQLClient.data("ids").getList("conflicts.nodes.id", String.class)) {
            Response csv = given().contentType(ContentType.JSON).accept(CSV)
                    .body(Map.of("query", query.group(1), "variables", Map.of("conflict", conflict))).post("/graphql");
            assertThat(csv.statusCode(), is(200));
            assertThat(header(csv), is(List.of("date", "datePrecision", "kind", "place", "description", "disputed")));
            rows += parse(csv).size();
        }
        assertThat(rows, greaterThan(0));
    }

    private static Response post(String operation, String accept) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document("csv"));
        body.put("operationName", operation);
        return given().contentType(ContentType.JSON).accept(accept).body(body).post("/graphql");
    }

    private static List<CSVRecord> parse(Response csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8)))) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static List<String> header(Response csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8)))) {
            return parser.getHeaderNames();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
