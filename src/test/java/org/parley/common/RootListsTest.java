package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.vars;


import org.junit.jupiter.api.Test;
import org.parley.territory.Territory;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.parley.common.graphql.GlobalId;

/** Every record type has a root list and a lookup, on the bundled dataset. */
@QuarkusTest
class RootListsTest {

    private static JsonPath lists() {
        JsonPath ids = data("ids");
        String thirdRound = ids.getString("rounds.nodes.find { it.number == 3 && it.city == 'Istanbul' }.id");
        String ukraine = data("parties", "name", "Ukraine").getString("parties.nodes[0].id");
        return dataAs(null, "root-lists", "RootLists", vars("round", thirdRound, "party", ukraine));
    }

    @Test
    void territoriesByNameAndOneById() {
        JsonPath lists = lists();
        assertThat(lists.getList("territories.nodes.name"), contains("Crimea", "The four regions Russia claims to have annexed"));
        String crimea = lists.getString("territories.nodes[0].id");
        assertThat(dataAs(null, "root-lists", "Territory", vars("id", crimea)).getString("territory.name"), is("Crimea"));
        String missing = GlobalId.of(Territory.class, 987_654_321L);
        assertThat(dataAs(null, "root-lists", "Territory", vars("id", missing)).get("territory"), is(nullValue()));
    }

    @Test
    void statementsDatedFirstAndFilteredByRound() {
        JsonPath lists = lists();
        assertThat(lists.getInt("statements.totalCount"), is(12));
        // the first page of ten: the nine dated, oldest first, then the first of the three undated
        assertThat(lists.getList("statements.nodes.date"), contains("2025-07-23", "2025-07-23", "2025-07-23", "2026-03-03",
                "2026-03-04", "2026-03-09", "2026-03-10", "2026-03-10", "2026-03-10", null));
        assertThat(lists.getInt("saidAtTheRound.totalCount"), is(2));
    }

    @Test
    void outcomesOfficesAndDelegations() {
        JsonPath lists = lists();
        assertThat(lists.getInt("outcomes.totalCount"), is(16));
        assertThat(lists.getInt("exchanges.totalCount"), is(4));
        assertThat(lists.getInt("offices.totalCount"), is(26));
        assertThat(lists.getString("offices.nodes[0].from"), is("2020-02")); // those with a start date come first, oldest first
        assertThat(lists.getList("pastOffices.nodes.title"), containsInAnyOrder("Head of the Office of the President", "Minister of Defence",
                "National Security Adviser"));
        assertThat(lists.getInt("delegations.totalCount"), is(50)); // Turkey's and the United States' as mediators among them
        // the first ten: of the four Istanbul rounds (the 2022 round's others come next)
        assertThat(lists.getList("delegations.nodes.round.number"), containsInAnyOrder(1, 1, 1, 1, 2, 2, 2, 3, 3, 3));
        assertThat(lists.getInt("ofTheParty.totalCount"), is(14)); // Ukraine's, March 2022, Jeddah, Riyadh in March 2025, Washington, Geneva,
        // Hallandale Beach, Berlin, the three trilateral rounds of 2026 and Geneva with the US envoys (26 February 2026) included
    }
}
