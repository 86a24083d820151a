package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.sha256;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * GraphQL over HTTP as Apollo Client, Relay and a CDN use it: automatic persisted queries, GET for queries, CSRF
 * rules, ETags and Cache-Control. Read-only (the bundled data); how an ETag follows a write is in
 * {@link GraphQLOverHttpWritesTest}.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    static Map<String, Object> persistedQuery(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    /** A GET as Apollo Client sends it: parameters, JSON-encoded where they are objects, and its content type. */
    static RequestSpecification get(Map<String, String> parameters) {
        return given().contentType(ContentType.JSON).queryParams(parameters);
    }

    static ExtractableResponse<Response> post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then().extract();
    }

    @Test
    void aHashAloneIsNotFoundUntilTheDocumentIsSentWithIt() throws Exception {
        // a document of its own, so that no other test has registered it
        String query = "query Unregistered" + System.nanoTime() + " { rounds(first: 1) { nodes { number } } }";
        String hash = sha256(query);

        ExtractableResponse<Response> miss = post(Map.of("extensions", persistedQuery(hash)));
        assertThat(miss.statusCode(), is(200));
        assertThat(miss.path("errors[0].message"), is("PersistedQueryNotFound"));
        assertThat(miss.path("errors[0].extensions.code"), is("PERSISTED_QUERY_NOT_FOUND"));

        ExtractableResponse<Response> register = post(Map.of("query", query, "extensions", persistedQuery(hash)));
        assertThat(register.path("data.rounds.nodes[0].number"), is(1));

        ExtractableResponse<Response> hit = post(Map.of("extensions", persistedQuery(hash)));
        assertThat(hit.path("errors"), nullValue());
        assertThat(hit.path("data.rounds.nodes[0].number"), is(1));

        // and by GET, as Apollo's link sends hashed queries with useGETForHashedQueries
        ExtractableResponse<Response> byGet = get(Map.of("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}"))
                .get("/graphql").then().extract();
        assertThat(byGet.statusCode(), is(200));
        assertThat(byGet.path("data.rounds.nodes[0].number"), is(1));
    }

    @Test
    void aHashThatIsNotTheDocumentsOrAnotherVersionIsRefused() throws Exception {
        String query = document("http/first-rounds");
        ExtractableResponse<Response> wrong = post(Map.of("query", query, "extensions", persistedQuery(sha256(query + " "))));
        assertThat(wrong.statusCode(), is(400));
        assertThat(wrong.path("errors[0].extensions.code"), is("BAD_REQUEST"));
        assertThat(wrong.path("errors[0].message"), containsString("not the SHA-256 of `query`"));

        ExtractableResponse<Response> version = post(Map.of("query", query,
                "extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", sha256(query)))));
        assertThat(version.statusCode(), is(400));
        assertThat(version.path("errors[0].message"), containsString("\"version\": 1"));
    }

    @Test
    void anAnonymousGetIsAnsweredWithAnEtagAndThe304ThatMatchesIt() {
        Map<String, String> parameters = Map.of("query", document("http/first-rounds"));
        ExtractableResponse<Response> first = get(parameters).get("/graphql").then().extract();
        assertThat(first.statusCode(), is(200));
        assertThat(first.path("data.rounds.nodes[0].city"), is("Istanbul"));
        String etag = first.header("ETag");
        assertThat(etag, matchesPattern("\"[0-9]+-[0-9a-f]{32}\""));
        assertThat(first.header("Cache-Control"), is("public, no-cache"));
        assertThat(first.header("Vary"), is("Accept, Authorization, Origin"));

        // the same request answered in another media type is another representation, with its own tag
        ExtractableResponse<Response> graphqlResponse = get(parameters).header("Accept", "application/graphql-response+json")
                .get("/graphql").then().extract();
        assertThat(graphqlResponse.statusCode(), is(200));
        assertThat(graphqlResponse.header("ETag"), not(etag));

        ExtractableResponse<Response> again = get(parameters).header("If-None-Match", etag).get("/graphql").then().extract();
        assertThat(again.statusCode(), is(304));
        assertThat(again.body().asString(), emptyString());
        assertThat(again.header("ETag"), is(etag));

        // another request, another tag
        ExtractableResponse<Response> other = get(Map.of("query", document("http/sources"))).header("If-None-Match", etag)
                .get("/graphql").then().extract();
        assertThat(other.statusCode(), is(200));
        assertThat(other.header("ETag"), not(etag));
    }

    /**
     * The data version an ETag names is read before the request's first read of data, however that read is made: in
     * the round trip of a planned statement (a list, a lookup), before a resolver (search matches in Java), or at the
     * end for an operation that reads none; with no write between, all name the same version and each is revalidated.
     */
    @Test
    void everyAnonymousGetIsTaggedWithTheVersionItsDataWasReadAt() {
        List<Map<String, String>> requests = List.of(Map.of("query", document("http/first-rounds")),
                Map.of("query", "{ positions(first: 2) { totalCount nodes { text } } }"),
                Map.of("query", "query($text: String!) { search(text: $text, first: 2) { totalCount nodes { type } } }",
                        "variables", "{\"text\": \"Crimea\"}"),
                Map.of("query", "{ __typename }"));
        Set<String> versions = new java.util.HashSet<>();
        for (Map<String, String> parameters : requests) {
            ExtractableResponse<Response> answer = get(parameters).get("/graphql").then().extract();
            assertThat(answer.body().asString(), answer.path("errors"), nullValue());
            String etag = answer.header("ETag");
            assertThat(parameters.get("query"), etag, matchesPattern("\"[0-9]+-[0-9a-f]{32}\""));
            versions.add(etag.substring(1, etag.indexOf('-')));
            assertThat(get(parameters).header("If-None-Match", etag).get("/graphql").statusCode(), is(304));
        }
        assertThat(versions, hasSize(1));
    }

    /** Over HTTP/2 (here h2c, as Java's client upgrades; a proxy may speak it too), GET, POST and 304 work alike. */
    @Test
    void http2GetsTheSameAnswers() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI get = URI.create(graphql + "?query=" + URLEncoder.encode(document("http/first-rounds"), StandardCharsets.UTF_8));
        HttpResponse<String> first = http2.send(HttpRequest.newBuilder(get).header("apollo-require-preflight", "true").build(),
                BodyHandlers.ofString());
        assertThat(first.body(), first.statusCode(), is(200));
        assertThat(first.body(), containsString("\"city\":\"Istanbul\""));
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertThat(etag, notNullValue());
        HttpResponse<String> again = http2.send(HttpRequest.newBuilder(get).header("apollo-require-preflight", "true")
                .header("If-None-Match", etag).build(), BodyHandlers.ofString());
        assertThat(again.statusCode(), is(304));
        HttpResponse<String> posted = http2.send(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"query\":\"{ rounds(first: 1) { nodes { city } } }\"}")).build(),
                BodyHandlers.ofString());
        assertThat(posted.body(), containsString("\"city\":\"Istanbul\""));
    }

    @Test
    void variablesAndOperationNameComeAsParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("query", "query A { rounds(first: 1) { nodes { number } } } query B($n: Int) { rounds(first: $n) { totalCount nodes { number } } }");
        parameters.put("operationName", "B");
        parameters.put("variables", "{\"n\": 2}");
        ExtractableResponse<Response> answer = get(parameters).get("/graphql").then().extract();
        assertThat(answer.path("data.rounds.nodes.size()"), is(2));

        parameters.put("variables", "{\"n\": ");
        ExtractableResponse<Response> broken = get(parameters).get("/graphql").then().extract();
        assertThat(broken.statusCode(), is(400));
        assertThat(broken.path("errors[0].message"), containsString("`variables` parameter is not valid JSON"));
    }

    @Test
    void aMutationIsNotSentByGet() {
        ExtractableResponse<Response> answer = get(Map.of("query", document("http/new-party"))).get("/graphql").then().extract();
        assertThat(answer.statusCode(), is(405));
        assertThat(answer.header("Allow"), is("POST"));
        assertThat(answer.path("errors[0].extensions.code"), is("BAD_REQUEST"));
        assertThat(answer.path("errors[0].message"), containsString("A mutation is not sent by GET"));
    }

    @Test
    void answersWithErrorsOrToATokenAreNotKept() {
        ExtractableResponse<Response> invalid = get(Map.of("query", "{ rounds(first: 1) { nodes { noSuchField } } }"))
                .get("/graphql").then().extract();
        assertThat(invalid.path("errors[0].extensions.code"), is("VALIDATION"));
        assertThat(invalid.header("ETag"), nullValue());
        assertThat(invalid.header("Cache-Control"), is("no-store"));

        ExtractableResponse<Response> withToken = get(Map.of("query", document("http/first-rounds")))
                .header("Authorization", "Bearer " + Tokens.editor("reader")).get("/graphql").then().extract();
        assertThat(withToken.path("data.rounds.nodes[0].city"), is("Istanbul"));
        assertThat(withToken.header("ETag"), nullValue());
        assertThat(withToken.header("Cache-Control"), is("no-store"));
    }

    /** Apollo Router's rule: what a browser sends cross-site without a preflight needs a header only scripts can add. */
    @Test
    void requestsABrowserCouldForgeAreRefused() throws Exception {
        String query = document("http/first-rounds");
        for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            // sent as a browser's form or fetch would send it, which rest-assured would re-encode
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql)
                    .header("Content-Type", contentType).POST(BodyPublishers.ofString("{\"query\": \"{ rounds { totalCount } }\"}")).build(),
                    BodyHandlers.ofString());
            assertThat(contentType, forged.statusCode(), is(400));
            assertThat(forged.body(), containsString("\"code\":\"BAD_REQUEST\""));
            assertThat(forged.body(), containsString("cross-site request forgery"));
        }
        ExtractableResponse<Response> bareGet = given().queryParam("query", query).get("/graphql").then().extract();
        assertThat(bareGet.statusCode(), is(400));
        assertThat(bareGet.path("errors[0].message"), containsString("cross-site request forgery"));

        ExtractableResponse<Response> withHeader = given().header("apollo-require-preflight", "true").queryParam("query", query)
                .get("/graphql").then().extract();
        assertThat(withHeader.statusCode(), is(200));
        assertThat(withHeader.path("data.rounds.nodes[0].number"), notNullValue());
    }

    @Test
    void aGetWithoutADocumentSaysWhatToSend() {
        ExtractableResponse<Response> empty = get(Map.of()).get("/graphql").then().extract();
        assertThat(empty.statusCode(), is(400));
        assertThat(empty.path("errors[0].message"), containsString("`?query=...`"));
    }
}
