package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * An operator's rules file written before rules had a `link` and before `provisionRules` existed (the bundled file
 * of that time) still loads and means what it meant: links and provisions play no part.
 */
@QuarkusTest
@TestProfile(RulesFileBeforeLinksTest.OwnRules.class)
class RulesFileBeforeLinksTest {

    public static class OwnRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.comparison.rules", "src/test/resources/comparison/rules-before-links.json");
        }
    }

    @Test
    void aPreconditionAndItsRejectionAreNotMatchedWithoutTheLinkRules() {
        String conflict = data("ids").getString("conflicts.nodes[0].id");
        JsonPath ceasefire = data("compare", "conflict", conflict, "topic", "CEASEFIRE", "asOf", "2025-05-16");
        assertThat(ceasefire.getString("compare.verdict"), is("UNKNOWN"));
        assertThat(ceasefire.getList("compare.findings"), is(List.of()));
        JsonPath maritime = data("compare", "conflict", conflict, "topic", "MARITIME", "asOf", "2023-09-30");
        assertThat(maritime.getList("compare.provisionFindings"), is(List.of()));
        // the rules it has still apply
        JsonPath territory = data("compare", "conflict", conflict, "topic", "TERRITORY");
        assertThat(territory.getString("compare.verdict"), is("OPPOSED"));
    }
}
