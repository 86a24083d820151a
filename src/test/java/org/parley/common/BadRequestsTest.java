package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.GraphQLClient;
import org.parley.GraphQLSocket;
import org.parley.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Malformed requests, one row each: what a hurried client, a fuzzer or an attacker sends. Each gets a short GraphQL
 * error with the row's code and HTTP status (400 when the body is not a GraphQL request at all, 200 otherwise, as
 * GraphQL over HTTP has it), never a 500, and leaves no stack trace in the server's log. Rows that are GraphQL
 * requests are also sent over WebSocket and must get the same code there.
 */
@QuarkusTest
class BadRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITOR = Tokens.editor("fuzzer@parley.test");
    private static final String TALKS = "{ talks(first: 1) { nodes { id } } }";
    private static final String SOURCE = "mutation($i: SourceInput!) { createSource(input: $i) { id } }";
    private static final String ROUND = "mutation($i: RoundInput!) { createRound(input: $i) { id } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    private final List<LogRecord> traces = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (traces) {
                    traces.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** One bad request: how it is sent, and what must come back. */
    record Row(String name, String contentType, String body, boolean token, int status, String code, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> rows() {
        String huge = "2025-" + "9".repeat(90_000);
        StringBuilder skips = new StringBuilder("{ talks(first: 1) @skip(if: false)");
        skips.append(" @skip(if: false)".repeat(1_000)).append(" { totalCount } }");
        return Stream.of(
                row("an empty JSON body", "application/json", "", false, 400, "BAD_REQUEST", "not a JSON object"),
                row("an empty body without a content type", null, "", false, 400, "BAD_REQUEST", "not a JSON object"),
                row("a body that is not JSON", "application/json", "{query: talks}", false, 400, "BAD_REQUEST", "not valid JSON"),
                row("JSON null", "application/json", "null", false, 400, "BAD_REQUEST", "not a JSON object"),
                row("a batch (an array of operations)", "application/json", "[{\"query\": \"{ talks { totalCount } }\"}]", false,
                        400, "BAD_REQUEST", "not a JSON object"),
                row("no query", "application/json", "{\"variables\": {}}", false, 400, "BAD_REQUEST", "no `query`"),
                row("a query that is a number", "application/json", "{\"query\": 5}", false, 400, "BAD_REQUEST", "`query` must be a string"),
                row("a JSON body sent as text/plain", "text/plain", "{\"query\": \"{ talks { totalCount } }\"}", false, 400, "BAD_REQUEST",
                        "cross-site request forgery"),
                row("variables given as a string", "application/json", "{\"query\": \"{ talks { totalCount } }\", \"variables\": \"{}\"}",
                        false, 400, "BAD_REQUEST", "`variables` must be a JSON object"),
                row("variables given as an array", "application/json", "{\"query\": \"{ talks { totalCount } }\", \"variables\": [1]}",
                        false, 400, "BAD_REQUEST", "`variables` must be a JSON object"),
                row("an operation name that is a number", "application/json",
                        "{\"query\": \"{ talks { totalCount } }\", \"operationName\": 5}", false, 400, "BAD_REQUEST", "`operationName`"),
                row("extensions given as a string", "application/json", "{\"query\": \"{ talks { totalCount } }\", \"extensions\": \"x\"}",
                        false, 400, "BAD_REQUEST", "`extensions` must be a JSON object"),
                row("an empty application/graphql body", "application/graphql", "", false, 400, "BAD_REQUEST", "no document"),
                row("a content type of only a separator", ";", "{\"query\": \"{ __typename }\"}", false, 400, "BAD_REQUEST",
                        "cross-site request forgery"),
                row("a charset Java does not know", "application/json; charset=ebcdic", "{\"query\": \"{ __typename }\"}", false,
                        415, "BAD_REQUEST", "charset `ebcdic`, which this server does not know"),
                graphql("an object for an Int variable", "query($n: Int) { talks(first: $n) { totalCount } }",
                        Map.of("n", Map.of("a", 1)), false, "VALIDATION", "Variable 'n' has an invalid value: expected Int, not an object."),
                graphql("a float for an Int", "{ talks(first: 1.5) { totalCount } }", Map.of(), false, "VALIDATION",
                        "argument 'first' with value '1.5' is not a valid 'Int'"),
                graphql("a syntax error", "{ talks { totalCount }", Map.of(), false, "INVALID_SYNTAX", "Invalid syntax"),
                graphql("a field the schema lacks", "{ talks { nickname } }", Map.of(), false, "VALIDATION", "nickname"),
                graphql("a page size past Int, in the document", "{ talks(first: 2147483648) { totalCount } }", Map.of(), false,
                        "VALIDATION", "talks(first:) is '2147483648', outside the range of Int"),
                graphql("a page size past Int, in a variable", "query($f: Int) { talks(first: $f) { totalCount } }",
                        Map.of("f", 2147483648L), false, "VALIDATION", "$f is '2147483648', outside the range of Int"),
                graphql("a nested page size past Int", "{ talks(first: 1) { nodes { rounds(first: -2147483649) { number } } } }",
                        Map.of(), false, "VALIDATION", "rounds(first:) is '-2147483649'"),
                graphql("a negative page size", "{ talks(first: -1) { totalCount } }", Map.of(), false, "VALIDATION",
                        "`first` must be between 0 and 100, got -1"),
                graphql("a search with an escape character", "query($q: String!) { search(text: $q) { totalCount } }",
                        Map.of("q", "talks\u001b[2J"), false, "VALIDATION", "control character U+001B"),
                graphql("a NUL in a title", SOURCE, Map.of("i", Map.of("url", "https://example.org/nul", "title", "A\u0000B")), true,
                        "VALIDATION", "$i.title holds the control character U+0000 at position 1"),
                graphql("a bidi override in a publisher", SOURCE,
                        Map.of("i", Map.of("url", "https://example.org/bidi", "publisher", "News \u202EtnartsdaB")), true,
                        "VALIDATION", "$i.publisher holds the bidirectional control U+202E"),
                graphql("a lone surrogate in an author", SOURCE,
                        Map.of("i", Map.of("url", "https://example.org/half", "author", "AFP \uD800")), true,
                        "VALIDATION", "lone surrogate U+D800"),
                graphql("a control character in a literal", "mutation { createSource(input: {url: \"https://example.org/\\u0007\"}) { id } }",
                        Map.of(), true, "VALIDATION", "createSource(input:).url holds the control character U+0007"),
                graphql("a 90 KB date", SOURCE, Map.of("i", Map.of("url", "https://example.org/long", "publishedOn", huge)), true,
                        "VALIDATION", "is not an ISO-8601 date"),
                graphql("a directive repeated a thousand times", skips.toString(), Map.of(), false, "VALIDATION", "skip"),
                graphql("a document of 3,000 fields", "{ talks(first: 1) { nodes { " + "id ".repeat(3_000) + "} } }", Map.of(),
                        false, "LIMIT_EXCEEDED", "The document selects 3002 fields; at most 2000 are allowed (PARLEY_MAX_FIELDS)."),
                graphql("a missing variable", "query($f: Int!) { talks(first: $f) { totalCount } }", Map.of(), false, "VALIDATION",
                        "f"),
                graphql("an order naming one field twice", "{ rounds(orderBy: [DATE_DESC, CITY_ASC, DATE_ASC], first: 1) { totalCount } }",
                        Map.of(), false, "VALIDATION", "`orderBy` orders by one field twice (DATE_DESC, DATE_ASC)"),
                graphql("a nested order naming one field twice",
                        "{ talks(first: 1) { nodes { rounds(orderBy: [NUMBER_ASC, NUMBER_DESC]) { number } } } }", Map.of(), false,
                        "VALIDATION", "`orderBy` orders by one field twice (NUMBER_ASC, NUMBER_DESC)"),
                graphql("an order of positions on a date naming one field twice",
                        "{ parties(first: 1) { nodes { positions(asOf: \"2024\", orderBy: [KIND_ASC, KIND_DESC]) { id } } } }", Map.of(), false,
                        "VALIDATION", "`orderBy` orders by one field twice (KIND_ASC, KIND_DESC)"),
                graphql("a grouping by a dimension named twice", "{ rounds { aggregate { groupBy(by: [STATUS, STATUS]) { count } } } }",
                        Map.of(), false, "VALIDATION", "`by` names STATUS twice"),
                graphql("a grouping by a dimension the list does not take", "{ rounds { aggregate { groupBy(by: [PUBLISHER]) { count } } } }",
                        Map.of(), false, "VALIDATION", "`rounds` are not grouped by PUBLISHER"),
                graphql("an external id that cannot be one of its scheme", "{ byExternalId(scheme: WIKIDATA, value: \"212\") { id } }",
                        Map.of(), false, "VALIDATION", "is not a WIKIDATA identifier"),
                graphql("a filter given twice, in `filter` and as a deprecated argument",
                        "{ positions(kind: RED_LINE, filter: {kind: DEMAND}, first: 1) { totalCount } }", Map.of(), false, "VALIDATION",
                        "`kind` is given twice with different values"));
    }

    /** Rows that need a round of the bundled data: the rules on a round's number and date. */
    static Stream<Arguments> roundRows() {
        return Stream.of(
                Arguments.of("a round numbered 2147483647", Map.of("number", 2147483647, "date", "2025-06-02"), "input.number"),
                Arguments.of("a round dated 0000-01-01", Map.of("number", 7, "date", "0000-01-01"), "before the year 1000"),
                Arguments.of("a round dated 2999", Map.of("number", 7, "date", "2999"), "more than a year from today"));
    }

    private static Arguments row(String name, String contentType, String body, boolean token, int status, String code, String says) {
        return Arguments.of(new Row(name, contentType, body, token, status, code, says));
    }

    private static Arguments graphql(String name, String query, Map<String, Object> variables, boolean token, String code,
            String says) {
        Map<String, Object> request = new HashMap<>();
        request.put("query", query);
        request.put("variables", variables);
        try {
            // a lone surrogate cannot be sent as UTF-8: clients send it as the JSON escape \\ud800
            String body = JSON.writeValueAsString(request).replace("\uD800", "\\ud800");
            return row(name, "application/json", body, token, 200, code, says);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void recordTheLog() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void noStackTraceLogged() {
        Logger.getLogger("").removeHandler(recorder);
        assertThat("errors or stack traces logged", logged(), is(empty()));
    }

    /** Errors and stack traces the application logged during the test. */
    protected List<String> logged() {
        synchronized (traces) {
            return traces.stream().map(r -> r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown()).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithACode(Row row) throws Exception {
        RequestSpecification request = given().body(row.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (row.contentType() != null) {
            request.contentType(row.contentType());
        }
        if (row.token()) {
            request.header("Authorization", "Bearer " + EDITOR);
        }
        Response response = request.post("/graphql");
        String body = response.asString();
        assertThat(body, response.statusCode(), is(row.status()));
        assertThat(body, body.length(), is(lessThan(4_000)));
        JsonNode errors = JSON.readTree(body).get("errors");
        // one error, or two where graphql-java adds that it stopped counting (a thousand repeated directives)
        assertThat(body, errors.size(), is(lessThan(3)));
        assertThat(body, errors.get(0).at("/extensions/code").asText(), is(row.code()));
        assertThat(body, errors.get(0).get("message").asText(), containsString(row.says()));
        assertThat(body, not(containsString("Exception")));

        // the same document over WebSocket gets the same code
        if (row.status() == 200 && !row.token()) {
            JsonNode request2 = JSON.readTree(row.body());
            try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
                socket.send(Map.of("id", "1", "type", "subscribe", "payload", JSON.convertValue(request2, Map.class)));
                JsonNode message = socket.next();
                JsonNode socketErrors = message.path("type").asText().equals("error") ? message.get("payload")
                        : message.at("/payload/errors");
                assertThat(message.toString(), socketErrors.get(0).at("/extensions/code").asText(), is(row.code()));
            }
        }
    }

    /** WebSocket messages that are not messages of graphql-transport-ws, which closes the socket with 4400 for them. */
    static Stream<Arguments> socketRows() {
        String nested = "[".repeat(5_000);
        return Stream.of(
                Arguments.of("not JSON", "{type: subscribe"),
                Arguments.of("a payload nested 5,000 deep", "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":" + nested + "}"),
                Arguments.of("a 90,000-digit variable", "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                        + "\"query($n: Int) { talks(first: $n) { totalCount } }\",\"variables\":{\"n\":" + "9".repeat(90_000) + "}}}"),
                Arguments.of("an array", "[1, 2]"),
                Arguments.of("a type the protocol lacks", "{\"type\":\"start\",\"id\":\"1\",\"payload\":{}}"),
                Arguments.of("an operation without an id", "{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}"),
                Arguments.of("an operation whose payload is a string", "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":\"{}\"}"),
                Arguments.of("an id of 10,000 characters", "{\"type\":\"subscribe\",\"id\":\"" + "x".repeat(10_000)
                        + "\",\"payload\":{\"query\":\"{ __typename }\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketRows")
    void aSocketMessageOutsideTheProtocolClosesTheSocket(String name, String message) throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            socket.sendText(message);
            assertThat(socket.closedWith(10), is(4400));
        }
        // the server goes on: a new socket runs an operation
        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            assertThat(socket.execute("1", TALKS).at("/data/talks/nodes").size(), is(1));
        }
    }

    /** GET requests that do not run: parameters as a query string, then status, code and what the message says. */
    static Stream<Arguments> getRows() {
        return Stream.of(
                Arguments.of("a GET a form could send", Map.of("query", "{ talks { totalCount } }"), false, 400, "BAD_REQUEST",
                        "cross-site request forgery"),
                Arguments.of("a mutation by GET", Map.of("query", "mutation { deleteParty(id: \"x\", version: 0) }"), true, 405,
                        "BAD_REQUEST", "A mutation is not sent by GET"),
                Arguments.of("variables that are not JSON", Map.of("query", "{ talks { totalCount } }", "variables", "{f:"), true, 400,
                        "BAD_REQUEST", "`variables` parameter is not valid JSON"),
                Arguments.of("a hash without a document", Map.of("extensions",
                        "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + "0".repeat(64) + "\"}}"), true, 200,
                        "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"),
                Arguments.of("a hash that is not one", Map.of("extensions", "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"x\"}}"),
                        true, 400, "BAD_REQUEST", "64 lowercase hex digits"),
                Arguments.of("a syntax error", Map.of("query", "{ talks { totalCount }"), true, 200, "INVALID_SYNTAX", "Invalid syntax"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("getRows")
    void aGetIsRefusedWithACode(String name, Map<String, String> parameters, boolean preflight, int status, String code, String says)
            throws Exception {
        RequestSpecification request = given().queryParams(parameters);
        if (preflight) {
            request.header("apollo-require-preflight", "true");
        }
        Response response = request.get("/graphql");
        String body = response.asString();
        assertThat(body, response.statusCode(), is(status));
        assertThat(response.header("Cache-Control"), is("no-store"));
        if (status == 405) {
            assertThat(response.header("Allow"), is("POST"));
        }
        JsonNode error = JSON.readTree(body).at("/errors/0");
        assertThat(body, error.at("/extensions/code").asText(), is(code));
        assertThat(body, error.get("message").asText(), containsString(says));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundRows")
    void aRoundOutOfBoundsIsRefused(String name, Map<String, Object> fields, String says) {
        String talks = GraphQLClient.post(TALKS, Map.of()).extract().jsonPath().getString("data.talks.nodes[0].id");
        Map<String, Object> input = new HashMap<>(fields);
        input.putAll(Map.of("talks", talks, "status", "SCHEDULED", "newSources", List.of(Map.of("url", "https://example.org/r"))));
        List<Map<String, Object>> errors = GraphQLClient.post(EDITOR, ROUND, null, Map.of("i", input))
                .extract().jsonPath().getList("errors");
        assertThat(errors.toString(), errors.size(), is(1));
        assertThat(GraphQLClient.code(errors.get(0)), is("VALIDATION"));
        assertThat((String) errors.get(0).get("message"), containsString(says));
    }
}
