package org.parley.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Another dataset file given in configuration, in which a red line is superseded between two rounds. */
@QuarkusTest
@TestProfile(SupersessionTest.FixtureDataset.class)
class SupersessionTest {

    public static class FixtureDataset implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.dataset.path", "src/test/resources/datasets/supersession.json");
        }
    }

    @Test
    void theConfiguredFileIsLoadedInsteadOfTheBundledOne() {
        assertThat(data("parties").getList("parties.nodes.name"), contains("Northland", "Southland"));
        assertThat(data("talks-rounds").getString("talks.nodes[0].name"), is("Geneva talks"));
    }

    @Test
    void aDelegationSeesTheRedLinesInForceOnItsRoundsDate() {
        JsonPath data = data("talks-rounds");
        String rounds = "talks.nodes[0].rounds";
        assertThat(data.getList(rounds + "[0].delegations[0].redLines.text"), contains("Not one metre of the valley."));
        assertThat(data.getList(rounds + "[0].delegations[0].members.name"), contains("Nora North"));
        assertThat(data.getList(rounds + "[1].delegations[0].redLines"), empty());
        assertThat(data.getList(rounds + "[1].delegations[0].positions.text"), contains("Joint administration of the valley."));
        assertThat(data.getString(rounds + "[1].date"), is("2024-03"));
        assertThat(data.getString(rounds + "[1].datePrecision"), is("MONTH"));
    }

    @Test
    void theHistoryOfAPositionIsKept() {
        JsonPath data = data("positions-history");
        assertThat(data.getList("positions.nodes.text"), contains("Not one metre of the valley.", "Joint administration of the valley."));
        assertThat(data.getList("positions.nodes.inForce"), contains(false, true));
        assertThat(data.getString("positions.nodes[0].supersededBy.text"), is("Joint administration of the valley."));
        assertThat(data.getList("positions.nodes[1].supersedes.text"), contains("Not one metre of the valley."));
        assertThat(data.getString("positions.nodes[1].supersededBy"), nullValue());
        assertThat(data.getInt("positions.nodes[1].round.number"), is(2));
        assertThat(data.getList("positions.nodes.party.redLines.flatten()"), empty());
    }

    @Test
    void aClaimantInAFileBeforeVersion3BecomesWhatItsCitationsReport() {
        JsonPath data = data("provenance-events");
        assertThat(data.getList("events.nodes.claimedBy.name"), contains(List.of("Northland")));
        assertThat(data.getList("events.nodes[0].citations.stance"), contains("REPORTS_CLAIM"));
        assertThat(data.getList("events.nodes[0].citations.attributedTo.name"), contains("Northland"));
    }
}
