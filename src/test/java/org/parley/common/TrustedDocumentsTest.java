package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.sha256;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLSocket;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * PARLEY_TRUSTED_DOCUMENTS: the allow-list (an Apollo persisted-query manifest listing graphql/http/first-rounds) is
 * the only thing that runs, by hash or by its exact text, over HTTP and WebSocket alike.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Trusted.class)
class TrustedDocumentsTest {

    public static class Trusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.http.trusted-documents", "src/test/resources/trusted/apollo-manifest.json");
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    private static ExtractableResponse<Response> post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then().extract();
    }

    @Test
    void aListedDocumentRunsByItsHashOrItsText() throws Exception {
        String listed = document("http/first-rounds");
        ExtractableResponse<Response> byHash = post(Map.of("extensions", GraphQLOverHttpTest.persistedQuery(sha256(listed))));
        assertThat(byHash.path("errors"), nullValue());
        assertThat(byHash.path("data.rounds.nodes[0].city"), is("Istanbul"));

        ExtractableResponse<Response> byText = post(Map.of("query", listed));
        assertThat(byText.path("data.rounds.nodes[0].city"), is("Istanbul"));

        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            socket.send(Map.of("id", "1", "type", "subscribe", "payload",
                    Map.of("extensions", GraphQLOverHttpTest.persistedQuery(sha256(listed)))));
            JsonNode answer = socket.next();
            assertThat(answer.toString(), answer.at("/payload/data/rounds/nodes/0/city").asText(), is("Istanbul"));
        }
    }

    @Test
    void anythingElseIsRefused() throws Exception {
        String other = document("http/sources");
        ExtractableResponse<Response> byText = post(Map.of("query", other));
        assertThat(byText.path("data"), nullValue());
        assertThat(byText.path("errors[0].extensions.code"), is("DOCUMENT_NOT_TRUSTED"));

        // a hash is not registered: the list is all there is
        String hash = sha256(other);
        assertThat(post(Map.of("query", other, "extensions", GraphQLOverHttpTest.persistedQuery(hash)))
                .path("errors[0].extensions.code"), is("DOCUMENT_NOT_TRUSTED"));
        assertThat(post(Map.of("extensions", GraphQLOverHttpTest.persistedQuery(hash))).path("errors[0].extensions.code"),
                is("PERSISTED_QUERY_NOT_FOUND"));

        // introspection is a document like any other
        assertThat(post(Map.of("query", "{ __schema { types { name } } }")).path("errors[0].extensions.code"), is("DOCUMENT_NOT_TRUSTED"));

        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            socket.send(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", other)));
            JsonNode answer = socket.next();
            assertThat(answer.toString(), containsString("DOCUMENT_NOT_TRUSTED"));
        }
    }
}
