package org.parley.conflict;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ConflictsTest {

    private static final String WAR = "conflicts.nodes[0]";

    @Test
    void theWarWithItsPartiesAndTheirRoles() {
        JsonPath data = data("conflicts", "name", "ukraine");
        assertThat(data.getInt("conflicts.totalCount"), is(1));
        assertThat(data.getString(WAR + ".name"), is("Russia–Ukraine war"));
        assertThat(data.getString(WAR + ".startDate"), is("2022-02"));
        assertThat(data.getString(WAR + ".startDatePrecision"), is("MONTH"));
        assertThat(data.getString(WAR + ".parties.find { it.party.name == 'Turkey' }.role"), is("HOST"));
        assertThat(data.getList(WAR + ".parties.findAll { it.role == 'BELLIGERENT' }.party.name"),
                containsInAnyOrder("Russia", "Ukraine"));
        assertThat(data.getList(WAR + ".parties.findAll { it.party.name == 'United States' }.role"),
                containsInAnyOrder("MEDIATOR", "EXTERNAL_ACTOR"));
        assertThat(data.getList(WAR + ".parties.sources.flatten().publisher"), hasItem("News Central"));
        assertThat(data("conflicts").getInt("conflicts.totalCount"), is(2));
        assertThat(data("conflicts", "name", "gaza").getInt("conflicts.totalCount"), is(0));
    }

    @Test
    void crimeaAndTheFourRegionsWithTheirAnnexationClaims() {
        JsonPath data = data("conflicts");
        assertThat(data.getString(WAR + ".territories.find { it.name == 'Crimea' }.annexationDate"), is("2014"));
        assertThat(data.getString(WAR + ".territories.find { it.name == 'Crimea' }.annexationDatePrecision"), is("YEAR"));
        assertThat(data.getString(WAR + ".territories.find { it.name.contains('four regions') }.annexationDate"),
                is("2022-09"));
        assertThat(data.getList(WAR + ".territories.annexedBy.name"), contains("Russia", "Russia"));
        List<String> positionHolders = data.getList(WAR + ".territories.find { it.name.contains('four regions') }.positions.party.name");
        assertThat(positionHolders, containsInAnyOrder("Russia", "Ukraine", "Ukraine"));
    }

    @Test
    void talksAndEventsHangOffTheConflict() {
        JsonPath data = data("conflicts");
        assertThat(data.getString(WAR + ".talks[0].name"), is("Istanbul talks"));
        assertThat(data.getString(WAR + ".talks[0].host.name"), is("Turkey"));
        assertThat(data.getList(WAR + ".talks[0].rounds.number"), contains(1, 2, 3));
        assertThat(data.getList(WAR + ".events.date"), contains("2019", "2022-02", "2025", "2025-03-18", "2025-07", "2025-W29",
                "2025-07-23", "2025-07-23", "2025-07-23", "2026-03-05", "2026-W11"));
        assertThat(data.getString(WAR + ".events.find { it.kind == 'CAPTURE_CLAIM' }.place"), is("Varachyne, Sumy region"));
        assertThat(data.getList(WAR + ".events.find { it.kind == 'CAPTURE_CLAIM' }.claimedBy.name"), contains("Russia"));
        assertThat(data.getFloat(WAR + ".events.find { it.kind == 'DRONE_STRIKE' }.figures[0].quantity"), is(71.0f));
        assertThat(data.getString(WAR + ".events.find { it.kind == 'DRONE_STRIKE' }.figures[0].unit"), is("drones"));
        assertThat(data.getString(WAR + ".events.find { it.kind == 'POWER_OUTAGE' }.figures[0].qualifier"), is("over"));
    }
}
