package org.parley.source;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.parley.GraphQLClient.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The bundled record's citations: passages, stances, who claims and who disputes, the `disputed` filters and search. */
@QuarkusTest
class CitationsTest {

    private static final String FOUR_REGIONS = "territories.nodes.find { it.name.startsWith('The four regions') }";

    @Test
    void theAnnexationOfTheFourRegionsIsRussiasClaimAndUkraineDisputesIt() {
        JsonPath data = data("provenance");
        assertThat(data.getBoolean(FOUR_REGIONS + ".disputed"), is(true));
        assertThat(data.getList(FOUR_REGIONS + ".claimedBy.name"), contains("Russia"));
        assertThat(data.getList(FOUR_REGIONS + ".disputedBy.name"), contains("Ukraine"));
        Map<String, Object> disputing = data.getMap(FOUR_REGIONS + ".citations.find { it.stance == 'DISPUTES' }");
        assertThat((String) disputing.get("quote"), startsWith("Russia insists that Ukraine must cede the four regions"));
        assertThat(disputing.get("locator"), is("paragraphs 7, 8"));
        assertThat(((Map<?, ?>) disputing.get("source")).get("publisher"), is("News Central"));
        // `sources` still lists every cited document, whatever its stance
        assertThat(data.getList(FOUR_REGIONS + ".sources.url").size(), is(data.getList(FOUR_REGIONS + ".citations").size()));
    }

    @Test
    void theRootListsFilterDisputedRecords() {
        JsonPath disputed = data("provenance", "disputed", true);
        assertThat(disputed.getList("territories.nodes.name"), contains("The four regions Russia claims to have annexed"));
        assertThat(disputed.getList("territories.nodes.disputed"), everyItem(is(true)));
        JsonPath undisputed = data("provenance", "disputed", false);
        JsonPath all = data("provenance");
        for (String list : List.of("territories", "positions", "statements", "parties", "people", "conflicts", "talks", "rounds",
                "delegations", "outcomes", "offices", "events", "agreements", "agreementStages", "agreementParties",
                "provisions", "implementationRecords")) {
            assertThat(list, disputed.getInt(list + ".totalCount") + undisputed.getInt(list + ".totalCount"),
                    is(all.getInt(list + ".totalCount")));
        }
        assertThat(undisputed.getList("territories.nodes.disputed"), everyItem(is(false)));

        // Russia's account of the postponed exchange of 7 June 2025, which Ukraine denied the next day
        assertThat(disputed.getList("implementationRecords.nodes.date"), contains("2025-06-07"));
        assertThat(disputed.getList("implementationRecords.nodes[0].claimedBy.name"), contains("Russia"));
        assertThat(disputed.getList("implementationRecords.nodes[0].disputedBy.name"), contains("Ukraine"));
        assertThat(disputed.getList("implementationRecords.nodes[0].citations.source.publisher"), contains("TASS", "The Indian Awaaz"));
    }

    @Test
    void claimsAreAttributedAndFilterableButNotDisputes() {
        JsonPath claims = data("provenance-events", "disputed", false);
        Map<String, Object> varachyne = claims.getMap("events.nodes.find { it.kind == 'CAPTURE_CLAIM' }");
        assertThat(varachyne.get("claimedBy"), is(List.of(Map.of("name", "Russia"))));
        assertThat(varachyne.get("disputed"), is(false));
        Map<?, ?> citation = (Map<?, ?>) ((List<?>) varachyne.get("citations")).get(0);
        assertThat(citation.get("quote"), is("The Russian defence ministry claimed to have seized the village of Varachyne in Sumy"));
        assertThat(citation.get("stance"), is("REPORTS_CLAIM"));

        JsonPath byUkraine = data("provenance-events", "claimedBy", data("parties", "name", "Ukraine").getString("parties.nodes[0].id"));
        assertThat(byUkraine.getList("events.nodes.kind"), contains("DRONE_STRIKE", "POWER_OUTAGE"));

        JsonPath positions = data("provenance-claims");
        assertThat(positions.getList("positions.nodes.find { it.text.startsWith('Ukraine must withdraw') }.claimedBy.name"),
                contains("Ukraine"));
        assertThat(positions.getList("implementationRecords.nodes.findAll { it.claimedBy.size() > 0 }.claimedBy.name.flatten()"),
                containsInAnyOrder("Russia", "Russia", "Russia", "Russia", "Ukraine")); // Ukraine's on the energy moratorium
    }

    @Test
    void aWordFoundOnlyInAQuoteFindsTheRecordItBacks() {
        JsonPath found = data("search-quotes", "text", "insists", "types", List.of("POSITION"));
        assertThat(found.getList("search.nodes.node.text"), hasItem("Ukraine must cede the four regions Moscow claimed to have annexed in 2022."));
        assertThat(found.getString("search.nodes[0].excerpt"), containsString("<mark>insists</mark>"));
        JsonPath sources = data("search-quotes", "text", "insists", "types", List.of("SOURCE"));
        assertThat(sources.getList("search.nodes.node.url"), hasItem("https://newscentraltv.com/?p=351246"));
    }
}
