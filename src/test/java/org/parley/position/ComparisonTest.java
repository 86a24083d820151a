package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
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
                is(List.of("REJECTION", "RED_LINE", "RED_LINE", "REJECTION")));
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

    @Test
    void aPreconditionMeetsTheRejectionThatAnswersIt() {
        JsonPath ceasefire = data("compare", "conflict", conflict(), "topic", "CEASEFIRE", "asOf", "2025-05-16");
        assertThat(ceasefire.getString("compare.verdict"), is("OPPOSED"));
        Map<String, Object> rejected = ceasefire.getMap("compare.findings.find { it.rule == 'precondition-rejected' }");
        assertThat(rejected.get("explanation"), is("Ukraine rejects Russia's precondition"));
        assertThat(ceasefire.getString("compare.findings.find { it.rule == 'precondition-rejected' }.position.conditions.act"),
                is("a ceasefire"));
        assertThat(ceasefire.getString("compare.findings.find { it.rule == 'precondition-rejected' }.meets.respondsTo.text"),
                containsString("withdraw its forces"));
        // neither names a territory: without the link no rule would meet them
        assertThat(ceasefire.getList("compare.findings.rule"), is(List.of("precondition-rejected")));
    }

    @Test
    void positionsAboutAProvisionAreWeighedAgainstIt() {
        JsonPath maritime = data("compare", "conflict", conflict(), "topic", "MARITIME", "asOf", "2023-09-30");
        assertThat(maritime.getString("compare.verdict"), is("OPPOSED"));
        assertThat(maritime.getList("compare.provisionFindings.rule"), is(List.of("provision-rejected", "provision-conditioned")));
        assertThat(maritime.getList("compare.provisionFindings.explanation"), is(List.of(
                "Russia rejects provision 1 of the Black Sea Grain Initiative",
                "Russia sets a precondition on provision 1 of the Russia–UN Memorandum of Understanding on Russian food and fertilizer exports")));
        assertThat(maritime.getString("compare.findings.find { it.rule == 'precondition-rejected' }.position.conditions.stage"),
                is("RESUMED"));
        assertThat(maritime.getString("compare.findings.find { it.rule == 'precondition-rejected' }.position.conditions.agreement.name"),
                is("Black Sea Grain Initiative"));
        // before Russia left the deal, nothing it said was against a provision
        JsonPath before = data("compare", "conflict", conflict(), "topic", "MARITIME", "asOf", "2023-07-16");
        assertThat(before.getList("compare.provisionFindings"), is(List.of()));
    }

    @Test
    void aMediatorOfTwoConflictsIsWeighedOnlyByWhatItSaidAboutThisOne() {
        // the US proposal of a 30-day ceasefire was made at Jeddah, the Washington one at the White House: rounds of
        // the Russia–Ukraine war's talks
        String stance = "compare.stances.find { it.party.name == 'United States' }.positions.text";
        List<String> ceasefire = data("compare", "conflict", conflict(), "topic", "CEASEFIRE").getList(stance);
        assertThat(ceasefire, hasSize(2));
        assertThat(ceasefire.get(0), is("An immediate, interim 30-day ceasefire, which can be extended by mutual agreement of the parties."));
        assertThat(ceasefire.get(1), startsWith("The sides can work on a peace agreement while the fighting goes on"));
        String armeniaAzerbaijan = data("ids").getString("conflicts.nodes.find { it.name == 'Armenia–Azerbaijan conflict' }.id");
        assertThat(data("compare", "conflict", armeniaAzerbaijan, "topic", "CEASEFIRE").getList(stance), is(List.of()));
    }
}
