package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.document;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.unique;
import static org.parley.editing.EditorClient.update;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLSocket;
import org.parley.GraphQLClient;
import org.parley.common.read.ReadPlanner;

import com.fasterxml.jackson.databind.JsonNode;

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

    private static final String SUBSCRIPTIONS = document("editing/subscriptions");

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aDashboardSeesRoundsPositionsAndStatementsAsTheyAreWritten() throws Exception {
        Map<String, String> world = smallWorld();
        List<String> cites = List.of(world.get("source"));
        try (GraphQLSocket dashboard = GraphQLSocket.open(graphql)) {
            dashboard.subscribe("rounds", SUBSCRIPTIONS, "Rounds", Map.of());
            dashboard.subscribe("positions", SUBSCRIPTIONS, "Positions", Map.of("party", world.get("party"), "topic", "PRISONERS"));
            dashboard.subscribe("statements", SUBSCRIPTIONS, "Statements", Map.of("round", world.get("round")));
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
        }
    }

    @Test
    void aFilteredSubscriptionSeesOnlyItsOwnRecords() throws Exception {
        Map<String, String> mine = smallWorld();
        Map<String, String> other = smallWorld();
        try (GraphQLSocket dashboard = GraphQLSocket.open(graphql)) {
            dashboard.subscribe("mine", SUBSCRIPTIONS, "Rounds", Map.of("talks", mine.get("talks")));
            dashboard.subscribe("other", SUBSCRIPTIONS, "Rounds", Map.of("talks", other.get("talks")));
            Thread.sleep(500);
            for (Map<String, String> world : List.of(mine, other)) {
                update("round", world.get("round"), 0, input("talks", world.get("talks"), "number", 1, "date", "2025-06-02",
                        "city", "Ankara", "status", "HELD", "sources", List.of(world.get("source"))));
            }
            // each subscription hears its own round; the two may arrive in either order
            Map<String, String> heard = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                JsonNode message = dashboard.next();
                heard.put(message.get("id").asText(), payload(message, message.get("id").asText())
                        .get("roundChanged").get("id").asText());
            }
            assertThat(heard, is(Map.of("mine", mine.get("round"), "other", other.get("round"))));
            assertThat(dashboard.poll(500), is((JsonNode) null));
        }
    }

    @Test
    void aNewsroomFollowsAnAgreementsStagesAndAProvisionsLedger() throws Exception {
        Map<String, String> world = smallWorld();
        List<String> cites = List.of(world.get("source"));
        String agreement = (String) create("agreement", input("conflict", world.get("conflict"), "name", unique("Accord"),
                "kind", "HUMANITARIAN", "sources", cites)).get("id");
        String followed = (String) create("provision", input("agreement", agreement, "number", "1", "topic", "PRISONERS",
                "text", "All for all.", "sources", cites)).get("id");
        String other = (String) create("provision", input("agreement", agreement, "number", "2", "topic", "REMAINS",
                "text", "Bodies returned.", "sources", cites)).get("id");
        try (GraphQLSocket newsroom = GraphQLSocket.open(graphql)) {
            newsroom.subscribe("ledger", SUBSCRIPTIONS, "Ledger", Map.of("provision", followed));
            newsroom.subscribe("stages", SUBSCRIPTIONS, "Stages", Map.of("agreement", agreement));
            Thread.sleep(500);

            create("implementation-record", input("provision", other, "status", "IMPLEMENTED", "date", "2025-06-11",
                    "description", "Not followed.", "sources", cites));
            create("implementation-record", input("provision", followed, "status", "PARTLY_IMPLEMENTED", "date", "2025-06-09",
                    "description", "A first batch.", "sources", cites));
            JsonNode line = payload(newsroom.next(), "ledger").get("implementationRecorded");
            assertThat(line.get("description").asText(), is("A first batch."));
            assertThat(line.get("provision").get("id").asText(), is(followed));

            create("agreement-stage", input("agreement", agreement, "stage", "SIGNED", "date", "2025-06-02", "sources", cites));
            JsonNode stage = payload(newsroom.next(), "stages").get("agreementStageRecorded");
            assertThat(stage.get("stage").asText(), is("SIGNED"));
            assertThat(stage.get("agreement").get("id").asText(), is(agreement));
            assertThat(newsroom.poll(500), is((JsonNode) null));
        }
    }

    /**
     * Each event is read by the planner, by the record's key with the subscription's selection, and equals the
     * resolvers' read of it: a second subscription made while the planner is off is resolved, and hears the same.
     */
    @Test
    void eachEventIsReadAsTheResolversReadIt() throws Exception {
        Map<String, String> world = smallWorld();
        ReadPlanner planner = GraphQLClient.planner();
        try (GraphQLSocket dashboard = GraphQLSocket.open(graphql)) {
            dashboard.subscribe("planned", SUBSCRIPTIONS, "RoundsInFull", Map.of("talks", world.get("talks")));
            if (planner != null) {
                Thread.sleep(500); // the first subscription planned before the planner is turned off
                planner.enable(false);
                try {
                    dashboard.subscribe("resolved", SUBSCRIPTIONS, "RoundsInFull", Map.of("talks", world.get("talks")));
                    Thread.sleep(500);
                } finally {
                    planner.enable(true);
                }
            } else {
                Thread.sleep(500);
            }
            long before = planner == null ? 0 : planner.planned();
            update("round", world.get("round"), 0, input("talks", world.get("talks"), "number", 1, "date", "2025-06",
                    "city", "Geneva", "status", "HELD", "sources", List.of(world.get("source"))));
            Map<String, JsonNode> heard = new HashMap<>();
            for (int i = 0; i < (planner == null ? 1 : 2); i++) {
                JsonNode message = dashboard.next();
                heard.put(message.get("id").asText(), payload(message, message.get("id").asText()).get("roundChanged"));
            }
            JsonNode round = heard.get("planned");
            assertThat(round.get("id").asText(), is(world.get("round")));
            assertThat(round.get("city").asText(), is("Geneva"));
            assertThat(round.get("datePrecision").asText(), is("MONTH"));
            if (planner != null) {
                assertThat(round, is(heard.get("resolved")));
                // the update's answer and the planned subscription's event
                assertThat(planner.planned() - before, is(2L));
            }
        }
    }

    private static JsonNode payload(JsonNode message, String id) {
        assertThat(message.toString(), message.get("type").asText(), is("next"));
        assertThat(message.get("id").asText(), is(id));
        assertThat(message.toString(), message.get("payload").has("errors"), is(false));
        return message.get("payload").get("data");
    }
}
