package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.delete;
import static org.parley.editing.EditorClient.demand;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.smallWorld;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.DataVersion;
import org.parley.party.Party;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A cursor names a place in the order, not an offset: records added before it or the record it was taken from
 * being deleted do not make the next page repeat or skip anything. A count kept between writes counts every write.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class CursorsUnderWritesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DataVersion dataVersion;

    @Test
    void theNextPageStartsWhereThePreviousEndedWhateverWasWrittenInBetween() {
        Map<String, String> world = fiveRounds();
        JsonPath first = data("rounds-page", "talks", world.get("talks"), "first", 2);
        assertThat(first.getList("rounds.nodes.number"), contains(1, 2));
        String cursor = first.getString("rounds.pageInfo.endCursor");

        // a round that sorts before the cursor: an offset would now point one round back and repeat round 2
        round(world, 6, "2025-05-01");
        assertThat(data("rounds-page", "talks", world.get("talks"), "first", 10, "after", cursor)
                .getList("rounds.nodes.number"), contains(3, 4, 5));

        // the round the cursor was taken from is gone: its place in the order remains
        String second = first.getString("rounds.nodes[1].id");
        delete("round", second, 0);
        JsonPath rest = data("rounds-page", "talks", world.get("talks"), "first", 2, "after", cursor);
        assertThat(rest.getList("rounds.nodes.number"), contains(3, 4));
        assertThat(rest.getBoolean("rounds.pageInfo.hasNextPage"), is(true));
    }

    @Test
    void soInAnOrderTheClientChose() {
        Map<String, String> world = fiveRounds();
        JsonPath first = data("ordered-rounds", "talks", world.get("talks"), "first", 2); // latest first
        assertThat(first.getList("rounds.edges.node.number"), contains(5, 4));
        String cursor = first.getString("rounds.pageInfo.endCursor");

        // a later round sorts before the cursor in this order
        round(world, 6, "2025-07-01");
        assertThat(data("ordered-rounds", "talks", world.get("talks"), "first", 10, "after", cursor)
                .getList("rounds.edges.node.number"), contains(3, 2, 1));

        delete("round", first.getString("rounds.edges[1].node.id"), 0);
        JsonPath rest = data("ordered-rounds", "talks", world.get("talks"), "first", 2, "after", cursor);
        assertThat(rest.getList("rounds.edges.node.number"), contains(3, 2));
        assertThat(rest.getBoolean("rounds.pageInfo.hasNextPage"), is(true));
        assertThat(data("ordered-rounds", "talks", world.get("talks"), "last", 10, "before", cursor)
                .getList("rounds.edges.node.number"), contains(6, 5));
    }

    /**
     * A root list's counts (its `totalCount` and `aggregate`) are kept with its plan between writes (issue 28): every
     * write is counted from the moment it is acknowledged, and a change the data version does not know of (made behind
     * the application's back) shows in the counts only when the version next advances, while the page itself reads it
     * at once.
     */
    @Test
    void aTotalCountIsKeptUntilTheNextWrite() throws Exception {
        Map<String, String> world = smallWorld();
        String party = world.get("party");
        assertThat(data("positions-count", "party", party).getInt("positions.totalCount"), is(0));
        Map<String, Object> demand = demand(world, "Neutrality.", "2025-05-16");
        create("position", demand);
        assertThat(data("positions-count", "party", party).getInt("positions.totalCount"), is(1));
        create("position", demand);
        JsonPath two = data("positions-count", "party", party);
        assertThat(two.getInt("positions.totalCount"), is(2));
        assertThat(two.getInt("positions.aggregate.count"), is(2));
        assertThat(two.getList("positions.aggregate.groupBy.count"), is(List.of(2)));

        long key = GlobalId.keyOf(party, Party.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update party_position set kind = 'PROPOSAL' where party_id = " + key);
        }
        JsonPath unannounced = data("positions-count", "party", party);
        assertThat(unannounced.getList("positions.nodes"), is(List.of()));
        assertThat(unannounced.getInt("positions.totalCount"), is(2));
        assertThat(unannounced.getInt("positions.aggregate.count"), is(2));
        QuarkusTransaction.requiringNew().run(dataVersion::advance);
        JsonPath announced = data("positions-count", "party", party);
        assertThat(announced.getInt("positions.totalCount"), is(0));
        assertThat(announced.getInt("positions.aggregate.count"), is(0));
        assertThat(announced.getList("positions.aggregate.groupBy"), is(List.of()));
    }

    /** The small world's talks with rounds 1 to 5, held on 2 to 6 June 2025. */
    private static Map<String, String> fiveRounds() {
        Map<String, String> world = smallWorld(); // round 1, 2025-06-02
        for (int n = 2; n <= 5; n++) {
            round(world, n, "2025-06-0" + (n + 1));
        }
        return world;
    }

    private static void round(Map<String, String> world, int number, String date) {
        create("round", input("talks", world.get("talks"), "number", number, "date", date, "city", "Istanbul", "status", "HELD",
                "sources", List.of(world.get("source"))));
    }
}
