package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.delete;
import static org.parley.editing.EditorClient.demand;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.read;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.unique;
import static org.parley.editing.EditorClient.update;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.common.read.ReadPlanner;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Every mutation, through HTTP with an editor's (or admin's) token: what it writes is what a read returns. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class EditingTest {

    private static final String SUBJECT = "alice@newsroom.example";

    /**
     * Creates, reads back, updates (version 0 to 1), deletes, and checks the record is gone. The creation's answer is
     * read by the planner and compared with the resolvers' read of the record; the update's, by the resolvers, with
     * the planner's read.
     */
    private static Map<String, Object> roundTrip(String type, Map<String, Object> created, Map<String, Object> change) {
        ReadPlanner planner = GraphQLClient.planner();
        long planned = planner == null ? 0 : planner.planned();
        Map<String, Object> record = create(type, created);
        if (planner != null) {
            assertThat("the answer read by the planner", planner.planned() - planned, is(1L));
        }
        assertThat(record.get("version"), is(0));
        assertThat(record.get("createdBy"), is(SUBJECT));
        assertThat(record.get("updatedBy"), is(SUBJECT));
        assertThat(Instant.parse((String) record.get("createdAt")), notNullValue());
        assertThat(read(type, record.get("id")), is(record));
        assertThat(resolved(() -> read(type, record.get("id"))), is(record));
        created.putAll(change);
        Map<String, Object> updated = resolved(() -> update(type, record.get("id"), 0, created));
        assertThat(updated.get("version"), is(1));
        assertThat(updated.get("createdAt"), is(record.get("createdAt")));
        assertThat(read(type, record.get("id")), is(updated));
        return updated;
    }

    /** What {@code request} answers with the planner off: the resolvers' (as it is, against the packaged application). */
    private static <T> T resolved(java.util.function.Supplier<T> request) {
        ReadPlanner planner = GraphQLClient.planner();
        if (planner == null) {
            return request.get();
        }
        planner.enable(false);
        try {
            return request.get();
        } finally {
            planner.enable(true);
        }
    }

    private static void deleted(String type, Map<String, Object> record) {
        assertThat(delete(type, record.get("id"), record.get("version")), is(record.get("id")));
        // a deleted record reads as null, as any id that names nothing
        assertThat(read(type, record.get("id")), is(nullValue()));
    }

    @Test
    void everyKindOfRecordIsWrittenAndDeleted() {
        Map<String, Object> source = roundTrip("source", input("url", "https://example.org/" + unique("a").replace(' ', '-'),
                "title", "First title", "publishedOn", "2025-05"), input("title", "Corrected title", "author", "AFP"));
        assertThat(source.get("title"), is("Corrected title"));
        assertThat(source.get("publishedOnPrecision"), is("MONTH"));
        List<String> cites = List.of((String) source.get("id"));

        Map<String, Object> conflict = roundTrip("conflict", input("name", unique("War"), "startDate", "2022-02-24",
                "sources", cites), input("description", "Full-scale invasion."));
        assertThat(conflict.get("description"), is("Full-scale invasion."));
        Map<String, Object> party = roundTrip("party", input("name", unique("Ruritania"), "kind", "STATE", "sources", cites),
                input("kind", "ARMED_GROUP"));
        assertThat(party.get("kind"), is("ARMED_GROUP"));
        Map<String, Object> host = create("party", input("name", unique("Host"), "kind", "STATE", "sources", cites));
        Map<String, Object> participant = roundTrip("participant", input("conflict", conflict.get("id"), "party",
                party.get("id"), "role", "BELLIGERENT", "sources", cites), input("description", "Invaded.", "from", "2022-02-24"));
        assertThat(participant.get("role"), is("BELLIGERENT"));
        assertThat(participant.get("from"), is("2022-02-24"));
        Map<String, Object> person = roundTrip("person", input("name", unique("Jo Negotiator"), "party", party.get("id"),
                "sources", cites), input("description", "Head of delegation."));
        Map<String, Object> office = roundTrip("office", input("person", person.get("id"), "party", party.get("id"),
                "title", "Defence Minister", "from", "2023-09", "current", true, "sources", cites),
                input("to", "2025-07", "current", false));
        assertThat(office.get("to"), is("2025-07"));
        Map<String, Object> territory = roundTrip("territory", input("conflict", conflict.get("id"), "name", "Crimea",
                "sources", cites), input("annexedBy", party.get("id"), "annexationDate", "2014-03"));
        assertThat(territory.get("annexationDate"), is("2014-03"));
        Map<String, Object> talks = roundTrip("talks", input("name", unique("Talks"), "conflict", conflict.get("id"),
                "sources", cites), input("host", host.get("id"), "city", "Istanbul"));
        Map<String, Object> round = roundTrip("round", input("talks", talks.get("id"), "number", 1, "date", "2025-06",
                "status", "SCHEDULED", "sources", cites), input("date", "2025-06-02", "status", "HELD", "venue", "Çırağan Palace"));
        assertThat(round.get("date"), is("2025-06-02"));
        assertThat(round.get("datePrecision"), is("DAY"));
        Map<String, Object> delegation = roundTrip("delegation", input("round", round.get("id"), "party", party.get("id"),
                "head", person.get("id"), "sources", cites), input("members", List.of(person.get("id"))));
        assertThat(delegation.get("members"), is(List.of(Map.of("id", person.get("id")))));
        Map<String, Object> outcome = roundTrip("outcome", input("round", round.get("id"), "kind", "PRISONER_EXCHANGE",
                "description", "1,000 for 1,000", "sources", cites), input("description", "1,000 for 1,000, in stages"));
        Map<String, Object> statement = roundTrip("statement", input("person", person.get("id"), "text", "We came to talk.",
                "direct", true, "round", round.get("id"), "sources", cites), input("date", "2025-06-02", "party", party.get("id")));
        assertThat(statement.get("date"), is("2025-06-02"));
        Map<String, Object> event = roundTrip("event", input("conflict", conflict.get("id"), "kind", "DRONE_STRIKE", "date", "2025-06-01",
                "description", "Drone strike", "figures", List.of(Map.of("quantity", 71, "unit", "drones")), "sources", cites),
                input("sources", List.of(), "citations", List.of(Map.of("source", cites.get(0), "stance", "REPORTS_CLAIM",
                        "attributedTo", party.get("id"))),
                        "figures", List.of(Map.of("quantity", 71, "unit", "drones", "qualifier", "over"))));
        assertThat(event.get("claimedBy"), is(List.of(Map.of("id", party.get("id")))));
        Map<?, ?> figure = (Map<?, ?>) ((List<?>) event.get("figures")).get(0);
        assertThat(((Number) figure.get("quantity")).intValue(), is(71));
        assertThat(figure.get("qualifier"), is("over"));
        Map<String, Object> position = roundTrip("position", input("party", party.get("id"), "topic", "TERRITORY",
                "kind", "RED_LINE", "text", "No recognition of annexation.", "statedOn", "2025-06-02", "sources", cites),
                input("territories", List.of(territory.get("id")), "round", round.get("id"), "statedBy", person.get("id")));
        assertThat(position.get("territories"), is(List.of(Map.of("id", territory.get("id")))));

        for (var pair : List.of(Map.entry("position", position), Map.entry("event", event), Map.entry("statement", statement),
                Map.entry("outcome", outcome), Map.entry("delegation", delegation), Map.entry("round", round),
                Map.entry("talks", talks), Map.entry("territory", territory), Map.entry("office", office),
                Map.entry("person", person), Map.entry("participant", participant), Map.entry("party", party),
                Map.entry("party", host), Map.entry("conflict", conflict), Map.entry("source", source))) {
            deleted(pair.getKey(), pair.getValue());
        }
    }

    @Test
    void aNewPositionSupersedesOlderOnesWhichStayOnRecord() {
        Map<String, String> world = smallWorld();
        Map<String, Object> first = create("position", demand(world, "Neutrality.", "2025-05-16"));
        Map<String, Object> later = demand(world, "Neutrality and a cap on forces.", "2025-06-02");
        later.put("round", world.get("round"));
        later.put("supersedes", List.of(first.get("id")));
        Map<String, Object> second = create("position", later);
        assertThat(second.get("inForce"), is(true));
        assertThat(second.get("supersedes"), is(List.of(Map.of("id", first.get("id"), "inForce", false, "version", 1))));
        Map<String, Object> older = read("position", first.get("id"));
        assertThat(older.get("text"), is("Neutrality."));
        assertThat(older.get("inForce"), is(false));

        Map<String, Object> unlinked = update("position", second.get("id"), 0, demand(world, "Neutrality and a cap on forces.", "2025-06-02"));
        assertThat((List<?>) unlinked.get("supersedes"), is(empty()));
        assertThat(read("position", first.get("id")).get("inForce"), is(true));
    }

    @Test
    void aSupersededPositionStandsUntilItsSuccessorsDateAsTheSuccessorNowReads() {
        Map<String, String> world = smallWorld();
        Map<String, Object> first = create("position", demand(world, "Neutrality.", "2025-05-16"));
        Map<String, Object> later = demand(world, "Neutrality and a cap on forces.", "2025-06-02");
        later.put("supersedes", List.of(first.get("id")));
        Map<String, Object> second = create("position", later);
        assertThat(standing(world.get("party"), "2025-06-01"), is(List.of("Neutrality.")));
        assertThat(standing(world.get("party"), "2025-06-02"), is(List.of("Neutrality and a cap on forces.")));

        later.put("statedOn", "2025-07");
        update("position", second.get("id"), 0, later);
        assertThat(standing(world.get("party"), "2025-06-02"), is(List.of("Neutrality.")));
        assertThat(standing(world.get("party"), "2025-07-01"), is(List.of("Neutrality and a cap on forces.")));
    }

    /** The party's positions standing at the end of the day, through the root list and through the party; both must agree. */
    private static List<String> standing(String party, String day) {
        JsonPath data = data("editing/positions-standing", "party", party, "asOf", day);
        assertThat(data.getList("party.positions.text"), is(data.getList("positions.nodes.text")));
        return data.getList("positions.nodes.text");
    }

    @Test
    void aFactCanCiteANewSourceRecordedInTheSameMutation() {
        String url = "https://example.org/" + unique("new").replace(' ', '-');
        Map<String, Object> party = create("party", input("name", unique("Freedonia"), "kind", "STATE",
                "newSources", List.of(Map.of("url", url, "publisher", "Wire", "publishedOn", "2025-06-02"))));
        assertThat(party.get("sources"), is(List.of(Map.of("url", url))));
    }

    @Test
    void anUpdateReplacesTheCitationsItNames() {
        Map<String, String> world = smallWorld();
        Map<String, Object> other = create("source", input("url", "https://example.org/" + unique("other").replace(' ', '-')));
        Map<String, Object> round = read("round", world.get("round"));
        Map<String, Object> input = input("talks", world.get("talks"), "number", 1, "date", "2025-06-02", "status", "HELD",
                "sources", List.of(world.get("source"), other.get("id")));
        Map<String, Object> cited = update("round", world.get("round"), round.get("version"), input);
        String firstUrl = (String) read("source", world.get("source")).get("url");
        assertThat(urls(cited), containsInAnyOrder(other.get("url"), firstUrl));
        input.put("sources", List.of(other.get("id")));
        Map<String, Object> recited = update("round", world.get("round"), cited.get("version"), input);
        assertThat(urls(recited), contains(other.get("url")));
        assertThat(recited.get("version"), is(2));
        assertThat(recited.get("venue"), nullValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> urls(Map<String, Object> record) {
        return ((List<Map<String, Object>>) record.get("sources")).stream().map(s -> s.get("url")).toList();
    }
}
