package org.parley.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EventsTest {

    @Test
    void theDayOfTheThirdRound() {
        JsonPath data = data("events", "from", "2025-07-23", "to", "2025-07-23");
        assertThat(data.getList("events.nodes.kind"), contains("DRONE_STRIKE", "POWER_OUTAGE", "CAPTURE_CLAIM"));
        assertThat(data.getString("events.nodes[1].place"), is("Sumy region"));
        assertThat(data.getFloat("events.nodes[1].figures[0].quantity"), is(220000.0f));
        assertThat(data.getString("events.nodes[1].conflict.name"), is("Russia–Ukraine war"));
    }

    @Test
    void filtersByKindClaimantAndText() {
        JsonPath ultimatum = data("events", "kind", "ULTIMATUM");
        assertThat(ultimatum.getString("events.nodes[0].date"), is("2025-W29"));
        assertThat(ultimatum.getString("events.nodes[0].datePrecision"), is("WEEK"));
        assertThat(ultimatum.getString("events.nodes[0].figures[0].unit"), is("days"));
        assertThat(ultimatum.getString("events.nodes[0].description"), containsString("by September"));

        String russia = data("ids").getString("parties.nodes.find { it.name == 'Russia' }.id");
        assertThat(data("events", "claimedBy", russia).getList("events.nodes.kind"), contains("CAPTURE_CLAIM"));
        assertThat(data("events", "text", "varachyne").getInt("events.totalCount"), is(1));
        String war = data("ids").getString("conflicts.nodes[0].id");
        assertThat(data("events", "conflict", war).getInt("events.totalCount"), is(11));
    }
}
