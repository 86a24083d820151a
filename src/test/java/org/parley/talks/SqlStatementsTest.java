package org.parley.talks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.dataAs;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.common.read.ReadPlanner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The canonical nested query costs one SQL statement whatever the size of the data: the read planner builds the whole
 * answer, the page's count included, in the database (docs/reads.md). {@link SqlStatementsAtScaleTest} runs the same
 * on 50 times more data.
 */
@QuarkusTest
class SqlStatementsTest {

    static final long EXPECTED_STATEMENTS = 1;

    @Inject
    EntityManagerFactory emf;

    @Inject
    ReadPlanner planner;

    /** Hibernate's statements, and the read planner's: one per root field it answers. */
    long statementsOf(String document, Object... variables) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long planned = planner.planned();
        data(document, variables);
        return statistics.getPrepareStatementCount() + planner.planned() - planned;
    }

    /**
     * Where the resolvers answer, a level's five evidence fields are five batches of the same records: the first reads
     * their citations for all five, so asking all five costs what asking `citations` alone does, but for the parties
     * the claims name (one statement each for `claimedBy` and `disputedBy` where a level names any).
     */
    @Test
    void theResolversReadALevelsCitationsOnceForItsFiveEvidenceFields() {
        planner.enable(false);
        try {
            Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            dataAs(null, "evidence-levels", "CitationsOnly", java.util.Map.of());
            long citationsOnly = statistics.getPrepareStatementCount();
            statistics.clear();
            dataAs(null, "evidence-levels", "AllFive", java.util.Map.of());
            long allFive = statistics.getPrepareStatementCount();
            // at most the parties claims name, once per field and level (the bundled events name some; the larger
            // record of SqlStatementsAtScaleTest none); were each field to read the citations again, the four others
            // would add 8 statements (2 levels × 4)
            assertThat(citationsOnly + " statements for the citations, " + allFive + " for all five", allFive - citationsOnly,
                    is(lessThanOrEqualTo(4L)));
        } finally {
            planner.enable(true);
        }
    }

    @Test
    void aPlannedPageIsOneStatementWithItsCountOrWithout() {
        assertThat(statementsOf("positions-ids", "first", 3), is(1L));
        assertThat(statementsOf("positions-page", "first", 3), is(1L)); // the count a subquery of the page's statement
    }

    @Test
    void thePartiesToAConflictAreOneStatement() {
        String war = data("ids").getString("conflicts.nodes[0].id");
        assertThat(statementsOf("parties-of-conflict", "conflict", war), is(1L));
        assertThat(data("parties-of-conflict", "conflict", war).getList("parties.nodes.name"),
                is(data("parties", "conflict", war).getList("parties.nodes.name"))); // as the resolvers answer
    }

    @Test
    void aPageReadBackwardsIsOneStatementToo() {
        String start = data("positions-page", "last", 3).getString("positions.pageInfo.startCursor");
        assertThat(statementsOf("positions-page", "last", 3), is(1L));
        assertThat(statementsOf("positions-page", "last", 3, "before", start), is(1L));
        assertThat(statementsOf("positions-page", "first", 5, "last", 2), is(1L));
    }

    @Test
    void theCanonicalQueryIsOneStatement() {
        JsonPath data = data("canonical", "first", 10);
        assertThat(data.getList("talks.nodes.rounds.flatten().delegations.flatten()").size(), greaterThan(0));
        assertThat(statementsOf("canonical", "first", 10), is(EXPECTED_STATEMENTS));
    }
}
