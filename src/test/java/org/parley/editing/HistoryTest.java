package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.smallWorld;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Time travel through superseded positions and dated participation, on records written for the purpose: a red
 * line stated in May, replaced in June; a mediator that joined in 2024 and left in March 2025.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class HistoryTest {

    @Test
    void asOfAnswersAsTheRecordStoodAndTheHistoryShowsEachStep() {
        Map<String, String> world = smallWorld();
        List<String> cites = List.of(world.get("source"));
        create("delegation", input("round", world.get("round"), "party", world.get("party"), "sources", cites));
        Map<String, Object> may = create("position", input("party", world.get("party"), "topic", "TERRITORY",
                "kind", "RED_LINE", "text", "Not one village.", "statedOn", "2025-05", "sources", cites));
        create("position", input("party", world.get("party"), "topic", "TERRITORY", "kind", "RED_LINE",
                "text", "Not one region.", "statedOn", "2025-06-02", "round", world.get("round"),
                "supersedes", List.of(may.get("id")), "sources", cites));
        Map<String, Object> mediator = create("party", input("name", EditorClient.unique("Mediator"), "kind", "STATE",
                "sources", cites));
        create("participant", input("conflict", world.get("conflict"), "party", mediator.get("id"), "role", "MEDIATOR",
                "from", "2024", "to", "2025-03", "sources", cites));
        create("participant", input("conflict", world.get("conflict"), "party", world.get("party"), "role", "BELLIGERENT",
                "sources", cites));

        JsonPath april = history(world, "2025-04-30");
        assertThat(april.getList("party.positions.text"), is(List.of()));
        assertThat(april.getList("conflict.parties.role"), contains("BELLIGERENT"));

        JsonPath march = history(world, "2025-03-31");
        assertThat(march.getList("conflict.parties.role"), contains("BELLIGERENT", "MEDIATOR"));

        JsonPath lateMay = history(world, "2025-05-31");
        assertThat(lateMay.getList("party.positions.text"), contains("Not one village."));
        assertThat(lateMay.getList("party.redLines.text"), contains("Not one village."));
        assertThat(lateMay.getList("round.delegations[0].redLines.text"), contains("Not one village."));

        JsonPath june = history(world, "2025-06");
        assertThat(june.getList("party.positions.text"), contains("Not one region."));
        assertThat(june.getList("round.delegations[0].redLines.text"), contains("Not one region."));

        JsonPath today = history(world, null);
        assertThat(today.getList("party.positions.text"), contains("Not one village.", "Not one region."));
        assertThat(today.getList("party.redLines.text"), contains("Not one region."));
        assertThat(today.getList("conflict.parties.role"), contains("BELLIGERENT", "MEDIATOR"));
        assertThat(today.getList("positionHistory.text"), contains("Not one village.", "Not one region."));
        assertThat(today.getList("positionHistory.inForce"), contains(false, true));
        assertThat(today.getString("positionHistory[0].supersededBy.text"), is("Not one region."));
        assertThat(today.getList("positionHistory[1].supersedes.text"), contains("Not one village."));
        assertThat(today.getString("positionHistory[1].round.id"), is(world.get("round")));
        assertThat(today.getList("positionHistory[1].sources.id"), contains(world.get("source")));
    }

    private static JsonPath history(Map<String, String> world, String asOf) {
        return dataAs(null, "editing/history", "History", vars("party", world.get("party"), "conflict", world.get("conflict"),
                "round", world.get("round"), "asOf", asOf));
    }
}
