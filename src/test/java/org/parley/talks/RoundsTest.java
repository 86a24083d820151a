package org.parley.talks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RoundsTest {

    @Test
    void filtersByStatusDatesCityAndTalks() {
        // the rounds of both conflicts in date order: Istanbul 2022, Riyadh, Jeddah, the Armenia–Azerbaijan text of March 2025,
        // Riyadh again (with Ukraine, then Russia), Istanbul 2025...
        assertThat(data("rounds", "status", "HELD", "first", 50).getList("rounds.nodes.number"), contains(1, 1, 2, 1, 3, 4, 1, 2, 2, 3, 3, 5, 6, 7, 8, 9, 10, 1, 2, 3, 11));
        // the July round, SCHEDULED in the seed article, was held: the reports of the next days say so
        assertThat(data("rounds", "status", "SCHEDULED").getList("rounds.nodes"), empty());
        assertThat(data("rounds", "from", "2025-06").getList("rounds.nodes.number"), contains(2, 2, 3, 3, 5, 6, 7, 8, 9, 10, 1, 2, 3, 11));
        assertThat(data("rounds", "to", "2025-06").getList("rounds.nodes.number"), contains(1, 1, 2, 1, 3, 4, 1, 2));
        // the June round and the Abu Dhabi meeting of 10 July 2025
        assertThat(data("rounds", "from", "2025-05-17", "to", "2025-07-22").getList("rounds.nodes.number"), contains(2, 2));
        assertThat(data("rounds", "city", "istan").getInt("rounds.totalCount"), is(4));
        String talks = data("ids").getString("talks.nodes[0].id");
        assertThat(data("rounds", "talks", talks).getInt("rounds.totalCount"), is(3));
    }

    @Test
    void theJulyRoundWithItsStatementsPositionsAndHost() {
        JsonPath data = data("rounds", "from", "2025-07-23", "to", "2025-07-23");
        String round = "rounds.nodes[0]";
        assertThat(data.getInt("rounds.totalCount"), is(1));
        assertThat(data.getString(round + ".status"), is("HELD"));
        assertThat(data.getString(round + ".date"), is("2025-07-23"));
        assertThat(data.getString(round + ".datePrecision"), is("DAY"));
        assertThat(data.getString(round + ".host.name"), is("Turkey"));
        assertThat(data.getString(round + ".talks.conflict.name"), is("Russia–Ukraine war"));
        assertThat(data.getList(round + ".statements.text"), containsInAnyOrder(
                "It will be very difficult.", "This will determine whether results can be achieved."));
        assertThat(data.getString(round + ".statements.find { it.person == null }.party.name"), is("Ukraine"));
        assertThat(data.getList(round + ".positions.text").size(), is(8));
        assertThat(data.getList(round + ".delegations.round.number"), everyItem(is(3)));
        assertThat(data.getList(round + ".delegations.find { it.party.name == 'Ukraine' }.positions.findAll { it.topic == 'TERRITORY' }.kind"),
                containsInAnyOrder("REJECTION", "RED_LINE", "RED_LINE"));
    }

    @Test
    void outcomesPointBackToTheirRoundAndSources() {
        JsonPath data = data("rounds", "status", "HELD", "talks", data("ids").getString("talks.nodes[0].id"));
        assertThat(data.getList("rounds.nodes[0].outcomes.round.number"), everyItem(is(1)));
        assertThat(data.getList("rounds.nodes[1].outcomes.sources.flatten().url"),
                hasItem("https://www.oscemaster.com/kremlin-braces-for-tough-talks-with-ukraine-amid-istanbul-summit"));
    }
}
