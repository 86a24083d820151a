package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.errors;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** `asOf` answers as the record stood on a date, on the bundled dataset (Ukraine's positions date from 2025-07-23). */
@QuarkusTest
class TimeTravelTest {

    private static String partyId(String name) {
        return data("ids").getString("parties.nodes.find { it.name == '" + name + "' }.id");
    }

    @Test
    void beforeAPositionWasStatedItIsOmitted() {
        JsonPath before = data("as-of", "party", partyId("Ukraine"), "asOf", "2025-07-22");
        assertThat(before.getList("party.positions.statedOn"), is(List.of("2022-03", "2022-03-29", "2023-09", "2025-02-18", "2025-03-11", "2025-05-16")));
        assertThat(before.getList("party.redLines"), is(empty()));
        assertThat(before.getInt("positions.totalCount"), is(6));

        JsonPath onTheDay = data("as-of", "party", partyId("Ukraine"), "asOf", "2025-07-23");
        assertThat(onTheDay.getList("party.positions"), hasSize(14));
        assertThat(onTheDay.getList("party.redLines"), hasSize(2));
        assertThat(onTheDay.getInt("positions.totalCount"), is(14));
    }

    @Test
    void aCoarseDateCountsToTheEndOfItsPeriod() {
        assertThat(data("as-of", "party", partyId("Ukraine"), "asOf", "2025-07").getList("party.positions"), hasSize(14));
        assertThat(data("as-of", "party", partyId("Ukraine"), "asOf", "2025-06").getList("party.positions"), hasSize(6));
        // a position known to the month, March 2022, counts from the first day of its period, as dates do everywhere
        assertThat(data("as-of", "party", partyId("Ukraine"), "asOf", "2022-03-28").getList("party.positions.statedOn"),
                is(List.of("2022-03")));
        // the US deadline is dated to week 29 of 2025 (14-20 July); the ceasefire proposal of Jeddah came before it
        assertThat(data("as-of", "party", partyId("United States"), "asOf", "2025-W29").getList("party.positions"), hasSize(2));
        assertThat(data("as-of", "party", partyId("United States"), "asOf", "2025-07-13").getList("party.positions.statedOn"),
                is(List.of("2025-03-11")));
    }

    @Test
    void withoutAsOfEveryPositionIsListed() {
        JsonPath all = data("as-of", "party", partyId("Russia"));
        assertThat(all.getList("party.positions"), hasSize(19));
        assertThat(all.getInt("positions.totalCount"), is(19));
    }

    @Test
    void aMalformedDateIsAValidationError() {
        List<Map<String, Object>> errors = errors("as-of", "party", partyId("Ukraine"), "asOf", "yesterday");
        assertThat(code(errors.get(0)), is("VALIDATION"));
    }
}
