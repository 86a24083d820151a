package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.vars;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.GraphQLClient;
import org.parley.GraphQLSocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every occurrence of a field answers its own arguments: each document under graphql/occurrences asks one field
 * under two aliases, `a` and `b`, with different arguments (or the same name on two types). Asked together, each
 * alias must get exactly what it gets when asked alone, over every transport the server accepts.
 */
@QuarkusTest
class OccurrencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/graphql")
    URI graphql;

    @ParameterizedTest
    @ValueSource(strings = { "roots", "siblings", "fragments", "inline-fragments", "types", "sizes", "delegations" })
    void eachOccurrenceAnswersItsOwnArguments(String shape) throws Exception {
        String query = document("occurrences/" + shape);
        JsonNode together = json(query, Map.of());
        JsonNode onlyA = json(query, vars("withB", false));
        JsonNode onlyB = json(query, vars("withA", false));

        assertThat(without(together, "b"), is(onlyA));
        assertThat(without(together, "a"), is(onlyB));
        assertThat("the two occurrences must differ, or this shape proves nothing",
                renamed(onlyA, "a"), is(not(renamed(onlyB, "b"))));

        // the same document over the other transports gives the same answer
        assertThat(data(given().contentType("application/graphql").body(query.getBytes(StandardCharsets.UTF_8))), is(together));
        assertThat(data(given().contentType("text/plain").header("apollo-require-preflight", "true")
                .body(JSON.writeValueAsBytes(Map.of("query", query)))), is(together));
        assertThat(data(given().contentType("application/json").queryParam("query", query).when().get("/graphql")), is(together));
        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            JsonNode payload = socket.execute("q", query);
            assertThat(payload.toString(), payload.has("errors"), is(false));
            assertThat(payload.get("data"), is(together));
        }
    }

    private static JsonNode json(String query, Map<String, Object> variables) throws Exception {
        String body = GraphQLClient.post(query, variables).extract().asString();
        JsonNode answer = JSON.readTree(body);
        assertThat(body, answer.has("errors"), is(false));
        return answer.get("data");
    }

    private static JsonNode data(io.restassured.specification.RequestSpecification request) throws Exception {
        return data(request.when().post("/graphql"));
    }

    private static JsonNode data(io.restassured.response.Response response) throws Exception {
        String body = response.then().statusCode(200).extract().asString();
        JsonNode answer = JSON.readTree(body);
        assertThat(body, answer.has("errors"), is(false));
        return answer.get("data");
    }

    /** A copy of the tree without the fields named {@code alias}, at any depth. */
    private static JsonNode without(JsonNode tree, String alias) {
        JsonNode copy = tree.deepCopy();
        strip(copy, alias, null);
        return copy;
    }

    /** A copy of the tree with the fields named {@code alias} renamed `x`, so two aliases' answers can be compared. */
    private static JsonNode renamed(JsonNode tree, String alias) {
        JsonNode copy = tree.deepCopy();
        strip(copy, alias, "x");
        return copy;
    }

    private static void strip(JsonNode node, String alias, String renameTo) {
        if (node instanceof ObjectNode object && object.has(alias)) {
            JsonNode value = object.remove(alias);
            if (renameTo != null) {
                object.set(renameTo, value);
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
            strip(children.next(), alias, renameTo);
        }
    }
}
