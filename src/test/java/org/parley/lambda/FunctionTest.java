package org.parley.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.sha256;
import static org.parley.GraphQLClient.vars;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Parley as an AWS Lambda function behind an API Gateway HTTP API (./mvnw test -Dlambda): each request goes through
 * Quarkus's mock Lambda event server, which turns it into the API Gateway event the function's poll loop takes, and the
 * function's answer event back into HTTP, as API Gateway does. The last test sends the event itself.
 */
@QuarkusTest
class FunctionTest {

    static ExtractableResponse<Response> post(String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql").then().extract();
    }

    static RequestSpecification get(String extensions) {
        return given().contentType(ContentType.JSON).queryParam("extensions", extensions);
    }

    @Test
    void aQueryIsAnsweredFromTheBundledData() {
        ExtractableResponse<Response> answer = post(null, Map.of("query", document("http/first-rounds")));
        assertThat(answer.statusCode(), is(200));
        assertThat(answer.path("errors"), nullValue());
        assertThat(answer.path("data.rounds.nodes[0].number"), is(1));
        assertThat(answer.path("data.rounds.nodes[0].city"), is("Istanbul"));

        // the document as the body, in GraphQL's own media type (API Gateway hands such a body over base64-encoded)
        ExtractableResponse<Response> asGraphql = given().contentType("application/graphql")
                .body(document("http/first-rounds").getBytes(StandardCharsets.UTF_8))
                .post("/graphql").then().extract();
        assertThat(asGraphql.statusCode(), is(200));
        assertThat(asGraphql.path("data"), is((Object) answer.path("data")));
    }

    /** As Apollo Client's persisted-query link sends it: the hash alone by GET, the document once when it is not known. */
    @Test
    void aPersistedQueryIsAnsweredByGetWithAnEtagAndA304() {
        String query = "query Function" + System.nanoTime() + " { rounds(first: 1) { nodes { city } } }";
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256(query) + "\"}}";

        ExtractableResponse<Response> miss = get(extensions).get("/graphql").then().extract();
        assertThat(miss.path("errors[0].extensions.code"), is("PERSISTED_QUERY_NOT_FOUND"));
        post(null, Map.of("query", query, "extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", sha256(query)))));

        ExtractableResponse<Response> hit = get(extensions).get("/graphql").then().extract();
        assertThat(hit.statusCode(), is(200));
        assertThat(hit.path("data.rounds.nodes[0].city"), is("Istanbul"));
        String etag = hit.header("ETag");
        assertThat(etag, notNullValue());
        assertThat(get(extensions).header("If-None-Match", etag).get("/graphql").statusCode(), is(304));

        // a GET a browser could send cross-site without a preflight is refused, with its code, through the function too
        ExtractableResponse<Response> simple = given().queryParam("extensions", extensions).get("/graphql").then().extract();
        assertThat(simple.statusCode(), is(400));
        assertThat(simple.path("errors[0].extensions.code"), is("BAD_REQUEST"));
    }

    @Test
    void aMutationNeedsAnEditorsTokenAndItsWriteIsReadBack() {
        String name = "Function party " + System.nanoTime();
        Map<String, Object> create = Map.of("query", document("lambda/party"), "operationName", "CreateParty",
                "variables", vars("name", name, "url", "https://example.org/function-test/" + System.nanoTime()));

        ExtractableResponse<Response> anonymous = post(null, create);
        assertThat(anonymous.path("errors[0].extensions.code"), is("UNAUTHENTICATED"));
        assertThat(anonymous.path("data.createParty"), nullValue());

        ExtractableResponse<Response> created = post(Tokens.editor("function-test"), create);
        assertThat(created.path("errors"), nullValue());
        assertThat(created.path("data.createParty.name"), is(name));
        assertThat(created.path("data.createParty.sources[0].url"), containsString("https://example.org/function-test/"));
        String id = created.path("data.createParty.id");

        ExtractableResponse<Response> read = post(null, Map.of("query", document("lambda/party"), "operationName", "ReadParty",
                "variables", vars("id", id)));
        assertThat(read.path("data.node.name"), is(name));
        assertThat(read.path("data.node.kind"), is("STATE"));
    }

    @Test
    void aBadQueryIsAnErrorWithItsCodeAndNoTrace() {
        ExtractableResponse<Response> answer = post(null, Map.of("query", document("lambda/unknown-field")));
        assertThat(answer.path("errors[0].extensions.code"), is("VALIDATION"));
        assertThat(answer.path("errors[0].message"), containsString("venueOnTheMoon"));
        assertThat(answer.asString().contains("at org.parley"), is(false));

        ExtractableResponse<Response> notJson = given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql")
                .then().extract();
        assertThat(notJson.statusCode(), is(400));
        assertThat(notJson.path("errors[0].extensions.code"), is("BAD_REQUEST"));
    }

    /** The API Gateway HTTP API (payload 2.0) event itself, as Lambda hands it to the function, and the event it answers. */
    @Test
    void anApiGatewayEventIsAnsweredWithTheResponseEvent() {
        String body = "{\"query\":\"{ rounds(first: 1) { nodes { number city } } }\"}";
        Map<String, Object> event = Map.of(
                "version", "2.0",
                "routeKey", "$default",
                "rawPath", "/graphql",
                "rawQueryString", "",
                "headers", Map.of("content-type", "application/json", "accept", "application/json"),
                "requestContext", Map.of("http", Map.of("method", "POST", "path", "/graphql", "protocol", "HTTP/1.1",
                        "sourceIp", "192.0.2.1", "userAgent", "FunctionTest")),
                "body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)),
                "isBase64Encoded", true);

        JsonPath response = given().contentType(ContentType.JSON).body(event).post("/_lambda_").then().statusCode(200)
                .extract().jsonPath();
        assertThat(response.getInt("statusCode"), is(200));
        String answer = response.getBoolean("isBase64Encoded")
                ? new String(Base64.getDecoder().decode(response.getString("body")), StandardCharsets.UTF_8)
                : response.getString("body");
        JsonPath data = JsonPath.from(answer);
        assertThat(data.getInt("data.rounds.nodes[0].number"), is(1));
        assertThat(data.getString("data.rounds.nodes[0].city"), is("Istanbul"));
    }
}
