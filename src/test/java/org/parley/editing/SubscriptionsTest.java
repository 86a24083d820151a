package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.document;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.update;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A dashboard subscribed over WebSocket (graphql-transport-ws, the protocol of the graphql-ws client library) sees
 * the edits another client makes over HTTP.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class SubscriptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/graphql")
    URI graphql;

    /** A graphql-transport-ws client: every text message received lands in a queue. */
    private static final class Dashboard implements WebSocket.Listener {
        final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        Dashboard open(URI http) throws Exception {
            URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
            socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(ws, this).get(10, TimeUnit.SECONDS);
            send(Map.of("type", "connection_init"));
            assertThat(next().get("type").asText(), is("connection_ack"));
            return this;
        }

        void subscribe(String id, String operationName, Map<String, Object> variables) throws Exception {
            send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document("editing/subscriptions"),
                    "operationName", operationName, "variables", variables)));
        }

        void send(Object message) throws Exception {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        }

        JsonNode next() throws InterruptedException {
            JsonNode message = received.poll(20, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message within 20 s");
            }
            return message;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Test
    void aDashboardSeesRoundsPositionsAndStatementsAsTheyAreWritten() throws Exception {
        Map<String, String> world = smallWorld();
        List<String> cites = List.of(world.get("source"));
        Dashboard dashboard = new Dashboard().open(graphql);
        try {
            dashboard.subscribe("rounds", "Rounds", Map.of());
            dashboard.subscribe("positions", "Positions", Map.of("party", world.get("party"), "topic", "PRISONERS"));
            dashboard.subscribe("statements", "Statements", Map.of("round", world.get("round")));
            Thread.sleep(500); // subscriptions are registered asynchronously after the subscribe message

            update("round", world.get("round"), 0, input("talks", world.get("talks"), "number", 1, "date", "2025-06-02",
                    "city", "Istanbul", "venue", "Çırağan Palace", "status", "HELD", "sources", cites));
            JsonNode round = payload(dashboard.next(), "rounds").get("roundChanged");
            assertThat(round.get("id").asText(), is(world.get("round")));
            assertThat(round.get("venue").asText(), is("Çırağan Palace"));
            assertThat(round.get("version").asInt(), is(1));
            assertThat(round.get("talks").get("id").asText(), is(world.get("talks")));

            create("position", input("party", world.get("party"), "topic", "PRISONERS", "kind", "PROPOSAL",
                    "text", "All for all.", "statedOn", "2025-06-02", "round", world.get("round"), "sources", cites));
            JsonNode position = payload(dashboard.next(), "positions").get("positionRecorded");
            assertThat(position.get("text").asText(), is("All for all."));
            assertThat(position.get("party").get("id").asText(), is(world.get("party")));

            create("statement", input("speaker", "A spokesperson", "text", "Constructive.", "direct", false,
                    "round", world.get("round"), "sources", cites));
            JsonNode statement = payload(dashboard.next(), "statements").get("statementRecorded");
            assertThat(statement.get("text").asText(), is("Constructive."));
            assertThat(statement.get("round").get("id").asText(), is(world.get("round")));
        } finally {
            dashboard.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFilteredSubscriptionSeesOnlyItsOwnRecords() throws Exception {
        Map<String, String> mine = smallWorld();
        Map<String, String> other = smallWorld();
        Dashboard dashboard = new Dashboard().open(graphql);
        try {
            dashboard.subscribe("mine", "Rounds", Map.of("talks", mine.get("talks")));
            dashboard.subscribe("other", "Rounds", Map.of("talks", other.get("talks")));
            Thread.sleep(500);
            for (Map<String, String> world : List.of(mine, other)) {
                update("round", world.get("round"), 0, input("talks", world.get("talks"), "number", 1, "date", "2025-06-02",
                        "city", "Ankara", "status", "HELD", "sources", List.of(world.get("source"))));
            }
            assertThat(payload(dashboard.next(), "mine").get("roundChanged").get("id").asText(), is(mine.get("round")));
            assertThat(payload(dashboard.next(), "other").get("roundChanged").get("id").asText(), is(other.get("round")));
            assertThat(dashboard.received.poll(500, TimeUnit.MILLISECONDS), is((JsonNode) null));
        } finally {
            dashboard.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
    }

    private static JsonNode payload(JsonNode message, String id) {
        assertThat(message.toString(), message.get("type").asText(), is("next"));
        assertThat(message.get("id").asText(), is(id));
        assertThat(message.toString(), message.get("payload").has("errors"), is(false));
        return message.get("payload").get("data");
    }
}
