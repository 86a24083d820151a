package org.parley.talks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The query of the v1 acceptance criteria, on the bundled Istanbul 2025 dataset. */
@QuarkusTest
class IstanbulTalksTest {

    private static final String ROUND3 = "talks.nodes[0].rounds[2]";

    @Test
    void roundsComeInDateOrderWithTheirDelegationsAndRedLines() {
        JsonPath data = data("canonical", "first", 5);

        assertThat(data.getInt("talks.totalCount"), is(5));
        assertThat(data.getString("talks.nodes[0].name"), is("Istanbul talks"));
        assertThat(data.getList("talks.nodes[0].rounds.number"), contains(1, 2, 3));
        assertThat(data.getList("talks.nodes[0].rounds.date"), contains("2025-05-16", "2025-06-02", "2025-07-23"));
        assertThat(data.getList("talks.nodes[0].rounds.city"), everyItem(is("Istanbul")));

        assertThat(data.getString(ROUND3 + ".delegations.find { it.party.name == 'Ukraine' }.head.name"),
                is("Rustem Umerov"));
        assertThat(data.getString(ROUND3 + ".delegations.find { it.party.name == 'Russia' }.head.name"),
                is("Vladimir Medinsky"));
        assertThat(data.getList(ROUND3 + ".delegations.members.flatten()"), empty());

        List<String> russianRedLines = data.getList(ROUND3 + ".delegations.find { it.party.name == 'Russia' }.redLines.text");
        assertThat(russianRedLines, contains(containsString("cede the four regions")));
        List<String> ukrainianRedLines = data.getList(ROUND3 + ".delegations.find { it.party.name == 'Ukraine' }.redLines.text");
        assertThat(ukrainianRedLines, containsInAnyOrder(
                containsString("No negotiations over territory can take place until after a ceasefire"),
                containsString("including Crimea")));
        assertThat(data.getList(ROUND3 + ".delegations.redLines.flatten().topic"), everyItem(is("TERRITORY")));
        assertThat(data.getList(ROUND3 + ".delegations.redLines.flatten().sources.flatten().url"),
                hasItem("https://newscentraltv.com/?p=351246"));
    }

    @Test
    void earlierRoundsProducedPrisonerExchangesRemainsAndDraftTerms() {
        JsonPath data = data("canonical", "first", 5);

        // 16 May: the 1,000-for-1,000 exchange; 2 June: the next exchange, the bodies and the memoranda
        assertThat(data.getList("talks.nodes[0].rounds[0].outcomes.kind"), contains("PRISONER_EXCHANGE"));
        assertThat(data.getList("talks.nodes[0].rounds[1].outcomes.kind"),
                contains("PRISONER_EXCHANGE", "REPATRIATION_OF_REMAINS", "DRAFT_TERMS_EXCHANGED"));
        for (int round = 0; round < 2; round++) {
            // Red lines are recorded from July 2025: none was in force in May or June.
            assertThat(data.getList("talks.nodes[0].rounds[" + round + "].delegations.redLines.flatten()"), empty());
        }
        assertThat(data.getList(ROUND3 + ".outcomes.kind"), contains("PRISONER_EXCHANGE"));
    }
}
