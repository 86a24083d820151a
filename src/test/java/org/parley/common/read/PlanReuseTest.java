package org.parley.common.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.vars;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A plan is made once per document, operation and variables, and each request with other variables gets its own answer. */
@QuarkusTest
class PlanReuseTest {

    @Inject
    ReadPlanner planner;

    private JsonPath run(String operation, Map<String, Object> variables) {
        return dataAs(null, "plan-reuse", operation, variables);
    }

    /** Plans made while the action runs. */
    private long plansMadeBy(Runnable action) {
        long before = planner.plansMade();
        action.run();
        return planner.plansMade() - before;
    }

    @Test
    void theSameOperationWithTheSameVariablesIsPlannedOnce() {
        Map<String, Object> firstPage = vars("first", 2);
        JsonPath answer = run("Page", firstPage);
        long planned = planner.planned();
        assertThat(plansMadeBy(() -> assertThat(run("Page", firstPage).getList("positions.nodes.id"),
                is(answer.getList("positions.nodes.id")))), is(0L));
        assertThat(planner.planned() - planned, is(1L)); // answered by the kept plan's statement
    }

    @Test
    void aLookupKeepsOnePlanForEveryIdAndAnswersEachIdsRecord() {
        List<String> ids = GraphQLClient.data("rounds-page", "first", 2).getList("rounds.nodes.id");
        assertThat(run("Round", vars("id", ids.get(0))).getString("round.id"), is(ids.get(0)));
        JsonPath[] other = new JsonPath[1];
        assertThat(plansMadeBy(() -> other[0] = run("Round", vars("id", ids.get(1)))), is(0L));
        assertThat(other[0].getString("round.id"), is(ids.get(1))); // its own key bound, not the first request's
    }

    @Test
    void relaysNodeKeepsAPlanPerTypeTheIdNames() {
        String round = GraphQLClient.data("rounds-page", "first", 1).getString("rounds.nodes[0].id");
        String party = GraphQLClient.data("parties").getString("parties.nodes[0].id");
        assertThat(run("Node", vars("id", round)).getString("node.id"), is(round));
        JsonPath[] answer = new JsonPath[1];
        assertThat(plansMadeBy(() -> answer[0] = run("Node", vars("id", party))), is(1L));
        assertThat(answer[0].getString("node.id"), is(party));
        assertThat(answer[0].getString("node.name"), not(nullValue()));
        assertThat(plansMadeBy(() -> run("Node", vars("id", round))), is(0L));
    }

    @Test
    void otherVariablesAreAnotherPlanWithTheirOwnAnswer() {
        String after = run("Page", vars("first", 2)).getString("positions.pageInfo.endCursor");
        JsonPath[] next = new JsonPath[1];
        assertThat(plansMadeBy(() -> next[0] = run("Page", vars("first", 2, "after", after))), is(1L));
        assertThat(next[0].getList("positions.nodes.id"), not(is(run("Page", vars("first", 2)).getList("positions.nodes.id"))));
    }
}
