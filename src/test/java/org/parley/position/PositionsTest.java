package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.errorsAs;
import static org.parley.GraphQLClient.vars;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PositionsTest {

    private static String partyId(String name) {
        return data("ids").getString("parties.nodes.find { it.name == '" + name + "' }.id");
    }

    @Test
    void filtersByPartyTopicAndKind() {
        JsonPath ukraine = data("positions-filtered", "party", partyId("Ukraine"), "topic", "TERRITORY", "kind", "RED_LINE");
        assertThat(ukraine.getInt("positions.totalCount"), is(2));
        assertThat(ukraine.getList("positions.nodes.party.name"), everyItem(is("Ukraine")));
        assertThat(ukraine.getList("positions.nodes.territories.flatten().name"), containsInAnyOrder(
                "Crimea", "The four regions Russia claims to have annexed"));

        JsonPath russia = data("positions-filtered", "party", partyId("Russia"), "topic", "TERRITORY");
        assertThat(russia.getList("positions.nodes.kind"), contains("RED_LINE", "PRECONDITION", "DEMAND")); // 2025, then January 2026
        assertThat(russia.getString("positions.nodes[0].text"), containsString("four regions"));
    }

    @Test
    void theCeasefirePreconditionAndTheUsDeadline() {
        JsonPath ceasefire = data("positions-filtered", "topic", "CEASEFIRE");
        assertThat(ceasefire.getList("positions.nodes.kind"), contains("PROPOSAL", "PRECONDITION", "PRECONDITION", "PRECONDITION", "REJECTION", "PRECONDITION", "PROPOSAL", "PROPOSAL"));
        assertThat(ceasefire.getList("positions.nodes.party.name"), contains("United States", "Ukraine", "Russia", "Russia", "Ukraine", "Ukraine", "Russia", "United States"));

        JsonPath deadline = data("positions-filtered", "topic", "SANCTIONS", "from", "2025-07");
        assertThat(deadline.getString("positions.nodes[0].statedBy.name"), is("Donald Trump"));
        assertThat(deadline.getString("positions.nodes[0].statedOn"), is("2025-W29"));
        assertThat(deadline.getString("positions.nodes[0].statedOnPrecision"), is("WEEK"));
        assertThat(deadline.getString("positions.nodes[0].text"), containsString("50 days"));
    }

    @Test
    void filtersByDateRangeAndText() {
        assertThat(data("positions-filtered", "from", "2025-07", "to", "2025-07").getInt("positions.totalCount"), is(15));
        assertThat(data("positions-filtered", "from", "2025-07-20").getInt("positions.totalCount"), is(25));
        // In July 2025 the US deadline dates from week 29 (14-20 July); everything else from 23 July.
        assertThat(data("positions-filtered", "from", "2025-07", "to", "2025-07-20").getList("positions.nodes.topic"),
                contains("SANCTIONS"));
        assertThat(data("positions-filtered", "from", "2025-08").getList("positions.nodes.statedOn"), contains("2025-08-15", "2025-08-18", "2025-08-18", "2025-08-18",
                "2025-12", "2025-12-02", "2025-12-14", "2025-12-15", "2025-12-15", "2026-01-22", "2026-01-23")); // a month sorts by its first day
        assertThat(data("positions-filtered", "text", "crimea").getList("positions.nodes.kind"), contains("RED_LINE"));
        assertThat(data("positions-filtered", "inForce", false).getInt("positions.totalCount"), is(0));
        assertThat(data("positions-filtered", "inForce", true).getInt("positions.totalCount"), is(47));
    }

    /** The arguments replaced by `filter` in 1.0.0's run-up stay, deprecated, with the filter's meaning. */
    @Test
    void theDeprecatedFilterArgumentsAnswerAsTheFilter() {
        List<Map<String, Object>> cases = List.of(vars("party", partyId("Ukraine"), "topic", "TERRITORY", "kind", "RED_LINE"),
                vars("topic", "CEASEFIRE"), vars("from", "2025-07", "to", "2025-07"), vars("text", "crimea"), vars("inForce", true),
                vars("asOf", "2025-12", "kind", "RED_LINE"));
        for (Map<String, Object> variables : cases) {
            JsonPath answer = dataAs(null, "positions-deprecated", "DeprecatedPositionArguments", variables);
            assertThat(variables.toString(), answer.getInt("deprecated.totalCount"), greaterThan(0));
            assertThat(variables.toString(), answer.getList("deprecated.nodes.id"), is(answer.getList("filter.nodes.id")));
            assertThat(variables.toString(), answer.getList("both.nodes.id"), is(answer.getList("filter.nodes.id")));
            assertThat(answer.getInt("both.totalCount"), is(answer.getInt("filter.totalCount")));
        }
        List<String> kinds = dataAs(null, "positions-deprecated", "RedLinesAsWritten", Map.of()).getList("positions.nodes.kind");
        assertThat(kinds.size(), greaterThan(0));
        assertThat(kinds, everyItem(is("RED_LINE")));
        List<Map<String, Object>> twice = errorsAs(null, "positions-deprecated", "GivenTwice", Map.of());
        assertThat(code(twice.get(0)), is("VALIDATION"));
        assertThat((String) twice.get(0).get("message"), containsString("`kind` is given twice"));
    }
}
