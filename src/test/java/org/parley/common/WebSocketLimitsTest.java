package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.sha256;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLSocket;
import org.parley.Tokens;
import org.parley.common.execution.GraphQLOverWebSocket;
import org.parley.editing.EditingProfile;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What one WebSocket client may hold: its operations are counted and bounded, they end with the socket, its token's
 * expiry closes it, and it meets the same document rules as HTTP (persisted queries by hash).
 */
@QuarkusTest
@TestProfile(EditingProfile.class) // it writes: the read tests count the bundled dataset
class WebSocketLimitsTest {

    private static final String STATEMENTS = document("sockets/statements");
    private static final String SOURCE = document("sockets/source");

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    GraphQLOverWebSocket sockets;

    @Inject
    org.parley.common.read.ReadPlanner planner;

    @Test
    void aSocketRunsAtMostTwentyOperationsAndTheyEndWithIt() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            for (int i = 0; i < 20; i++) {
                socket.subscribe("s" + i, STATEMENTS, "Statements", Map.of());
            }
            socket.subscribe("one-too-many", STATEMENTS, "Statements", Map.of());
            JsonNode refused = socket.next();
            assertThat(refused.toString(), refused.get("type").asText(), is("error"));
            assertThat(refused.get("id").asText(), is("one-too-many"));
            assertThat(refused.at("/payload/0/extensions/code").asText(), is("LIMIT_EXCEEDED"));
            assertThat(sockets.runningOperations(), is(20));

            // one completed makes room for another
            socket.send(Map.of("id", "s0", "type", "complete"));
            awaitRunning(19);
            socket.subscribe("s20", STATEMENTS, "Statements", Map.of());
            awaitRunning(20);
        }
        awaitRunning(0);
        assertThat(sockets.openSockets(), is(0));
    }

    @Test
    void thousandsOfSubscriptionsOpenedAndClosedLeaveNothing() throws Exception {
        List<GraphQLSocket> open = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 50; i++) {
                GraphQLSocket socket = GraphQLSocket.open(graphql);
                socket.subscribe("s", STATEMENTS, "Statements", Map.of());
                open.add(socket);
            }
            awaitRunning(50);
            open.forEach(GraphQLSocket::close);
            open.clear();
            awaitRunning(0);
        }
        assertThat(sockets.openSockets(), is(0));
    }

    @Test
    void aPersistedQueryRunsByItsHashOverWebSocket() throws Exception {
        String query = document("http/first-rounds");
        String hash = sha256(query);
        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            socket.send(Map.of("id", "1", "type", "subscribe", "payload",
                    Map.of("extensions", GraphQLOverHttpTest.persistedQuery(hash))));
            JsonNode missing = socket.next();
            assertThat(missing.toString(), missing.at("/payload/0/extensions/code").asText(), is("PERSISTED_QUERY_NOT_FOUND"));

            socket.send(Map.of("id", "2", "type", "subscribe", "payload",
                    Map.of("query", query, "extensions", GraphQLOverHttpTest.persistedQuery(hash))));
            assertThat(socket.next().at("/payload/data/rounds/nodes/0/city").asText(), is("Istanbul"));
            socket.next(); // complete

            socket.send(Map.of("id", "3", "type", "subscribe", "payload",
                    Map.of("extensions", GraphQLOverHttpTest.persistedQuery(hash))));
            assertThat(socket.next().at("/payload/data/rounds/nodes/0/city").asText(), is("Istanbul"));
        }
    }

    @Test
    void aSocketClosesWhenItsTokenExpires() throws Exception {
        // lives 2 s, taken 5 s more (the clock skew allowed): the socket is closed 7 s after it opened
        String token = Tokens.sign(Tokens.ISSUER, "brief@parley.test", 2, "editor");
        try (GraphQLSocket socket = GraphQLSocket.open(graphql, token)) {
            long planned = planner.planned();
            JsonNode written = socket.execute("1", SOURCE, Map.of("url", "https://example.org/ws-brief-1"));
            assertThat(written.toString(), written.at("/data/createSource/url").asText(), is("https://example.org/ws-brief-1"));
            assertThat("the answer read by the planner", planner.planned() - planned, is(1L));
            assertThat(socket.closedWith(20), is(4403));
        }
    }

    private void awaitRunning(int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (sockets.runningOperations() != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sockets.runningOperations(), is(expected));
    }
}
