package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.errors;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLSocket;
import org.parley.SyntheticData;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The query that took the server down, on one talks with 200 rounds, while a normal client keeps reading: the
 * hostile one is refused before any SQL runs, on every transport, and the normal one keeps its answers.
 */
@QuarkusTest
@TestProfile(HostileQueryTest.TwoHundredRounds.class)
class HostileQueryTest {

    public static class TwoHundredRounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return SyntheticData.loaded("synthetic-200-rounds.json", Map.of("conflicts", 1, "talks", 1, "rounds", 200,
                    "delegations", 400, "positions", 100));
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void theHostileQueryIsRefusedWhileANormalClientKeepsItsAnswers() throws Exception {
        int rounds = data("talks-rounds-count").getInt("rounds.totalCount");
        assertThat(rounds, is(200));
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService attacker = Executors.newSingleThreadExecutor();
        Future<List<String>> refusals = attacker.submit(() -> {
            List<String> codes = new ArrayList<>();
            while (!done.get()) {
                codes.add(code(errors("hostile").get(0)));
            }
            return codes;
        });
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(data("talks-rounds-count").getInt("rounds.totalCount"), is(200));
            }
        } finally {
            done.set(true);
            attacker.shutdown();
        }
        List<String> codes = refusals.get(30, TimeUnit.SECONDS);
        assertThat(codes.isEmpty(), is(false));
        assertThat(codes, everyItem(is("LIMIT_EXCEEDED")));
    }

    @Test
    void theHostileQueryIsRefusedOnEveryTransport() throws Exception {
        String query = document("hostile");
        given().contentType("application/graphql").body(query.getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", is("LIMIT_EXCEEDED"), "data", is((Object) null));
        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            socket.send(Map.of("id", "h", "type", "subscribe", "payload", Map.of("query", query)));
            JsonNode answer = socket.next();
            JsonNode errors = answer.get("type").asText().equals("error") ? answer.get("payload")
                    : answer.get("payload").get("errors");
            assertThat(answer.toString(), errors.get(0).get("extensions").get("code").asText(), is("LIMIT_EXCEEDED"));
        }
    }

    @Test
    void smallPagesMakeTheSameShapeAffordable() {
        List<Object> inner = data("hostile-paged").getList("talks.nodes[0].rounds[0].talks.rounds[0].talks.rounds");
        assertThat(inner, hasSize(5));
    }
}
