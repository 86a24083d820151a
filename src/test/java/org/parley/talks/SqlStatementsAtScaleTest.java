package org.parley.talks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.parley.GraphQLClient.data;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.SyntheticData;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The canonical query on a generated dataset 50 times the bundled one: the same statement count. */
@QuarkusTest
@TestProfile(SqlStatementsAtScaleTest.FiftyTimes.class)
class SqlStatementsAtScaleTest extends SqlStatementsTest {

    public static class FiftyTimes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The bundled dataset has 1 talks, 3 rounds, 6 delegations and 10 positions; 10 conflicts give each
            // party enough positions to reach every kind, red lines included. The whole generated world is asked
            // in one answer: over the default node limit, as an operator may allow.
            return SyntheticData.loaded("synthetic-50x.json", Map.of("conflicts", 10, "talks", 50, "rounds", 150,
                    "delegations", 300, "positions", 500), "parley.limits.max-nodes", "200000",
                    "quarkus.hibernate-orm.unsupported-properties.\"hibernate.session_factory.statement_inspector\"",
                    RecordingStatementInspector.class.getName());
        }
    }

    @Test
    void everyPageIsOneStatementThatSeeksPastItsCursor() {
        int pages = 0;
        String after = null;
        boolean more = true;
        while (more) {
            RecordingStatementInspector.clear();
            JsonPath page = data("rounds-page", "first", 10, "after", after);
            List<String> sql = RecordingStatementInspector.statements();
            // the last page costs what the first does: one statement, no offset to count through
            assertThat(sql, hasSize(1));
            assertThat(sql.get(0).toLowerCase(Locale.ROOT), not(containsString("offset")));
            assertThat(page.getList("rounds.nodes"), hasSize(10));
            after = page.getString("rounds.pageInfo.endCursor");
            more = page.getBoolean("rounds.pageInfo.hasNextPage");
            pages++;
        }
        assertThat(pages, is(15));
    }

    /** So in an order the client chose, of a column many rounds share (ties broken by date, then id): every round once. */
    @Test
    void pagesInAChosenOrderAreOneStatementEachAndMeetEveryRoundOnce() {
        List<String> order = List.of("CITY_ASC", "DATE_DESC");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        String after = null;
        int pages = 0;
        do {
            RecordingStatementInspector.clear();
            JsonPath page = data("ordered-rounds", "orderBy", order, "first", 10, "after", after);
            List<String> sql = RecordingStatementInspector.statements();
            assertThat(sql, hasSize(1));
            assertThat(sql.get(0).toLowerCase(Locale.ROOT), not(containsString("offset")));
            List<String> ids = page.getList("rounds.edges.node.id");
            seen.addAll(ids);
            assertThat(seen, hasSize(10 * pages + ids.size())); // nothing repeated
            after = page.getBoolean("rounds.pageInfo.hasNextPage") ? page.getString("rounds.pageInfo.endCursor") : null;
            pages++;
        } while (after != null);
        assertThat(seen, hasSize(data("ordered-rounds", "first", 0).getInt("rounds.totalCount")));
    }

    @Test
    void theGeneratedDatasetIsFiftyTimesTheBundledOne() {
        JsonPath data = data("canonical", "first", 50);
        assertThat(data.getInt("talks.totalCount"), is(50));
        assertThat(data.getList("talks.nodes.rounds.flatten()").size(), is(150));
        assertThat(data.getList("talks.nodes.rounds.flatten().delegations.flatten()").size(), is(300));
        // Every level of the query has rows, so every nested subquery of the plan reads some.
        assertThat(data.getList("talks.nodes.rounds.flatten().delegations.flatten().redLines.flatten().sources.flatten()").size(),
                greaterThan(300));
    }
}
