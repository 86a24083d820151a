package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** How far apart the sides stand, by the rules of comparison/rules.json, on the bundled dataset. */
@QuarkusTest
class ComparisonTest {

    private static String conflict() {
        return data("ids").getString("conflicts.nodes[0].id");
    }

    @Test
    void russiaAndUkraineAreOpposedOnTerritoryAndTheBlockingRedLineIsNamed() {
        JsonPath comparison = data("compare", "conflict", conflict(), "topic", "TERRITORY");
        assertThat(comparison.getString("compare.verdict"), is("OPPOSED"));
        Map<String, Object> collision = comparison.getMap(
                "compare.findings.find { it.rule == 'red-lines-collide' && it.position.party.name == 'Russia' }");
        assertThat(collision.get("verdict"), is("OPPOSED"));
        assertThat(comparison.getString("compare.findings.find { it.rule == 'red-lines-collide' && "
                + "it.position.party.name == 'Russia' }.meets.text"), containsString("No recognition of Russia's occupation"));
        assertThat(comparison.getString("compare.findings.find { it.rule == 'red-lines-collide' && "
                + "it.position.party.name == 'Russia' }.meets.party.name"), is("Ukraine"));
        assertThat((String) collision.get("explanation"), is(
                "Ukraine's red line blocks Russia's red line over The four regions Russia claims to have annexed"));
        assertThat(comparison.getList("compare.findings.rule"), hasItem("red-line-rejected"));
        assertThat(comparison.getList("compare.findings.verdict"), everyItem(is("OPPOSED")));
        assertThat(comparison.getList("compare.stances.find { it.party.name == 'Ukraine' }.positions.kind"),
                is(List.of("REJECTION", "RED_LINE", "RED_LINE")));
    }

    @Test
    void beforeAnyPositionWasStatedTheVerdictIsUnknown() {
        JsonPath comparison = data("compare", "conflict", conflict(), "topic", "TERRITORY", "asOf", "2025-06");
        assertThat(comparison.getString("compare.verdict"), is("UNKNOWN"));
        assertThat(comparison.getList("compare.findings"), is(List.of()));
        assertThat(comparison.getList("compare.stances.positions.flatten()"), is(List.of()));
        assertThat(comparison.getString("compare.asOf"), is("2025-06"));
    }

    @Test
    void oneSidedPositionsAreUnknown() {
        JsonPath prisoners = data("compare", "conflict", conflict(), "topic", "PRISONERS");
        assertThat(prisoners.getString("compare.verdict"), is("UNKNOWN"));
        assertThat(prisoners.getList("compare.findings"), is(List.of()));
    }
}
