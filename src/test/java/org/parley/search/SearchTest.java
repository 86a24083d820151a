package org.parley.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.errors;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.common.read.ReadPlanner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Search across records, on the bundled dataset, the same on H2 and PostgreSQL. */
@QuarkusTest
class SearchTest {

    @Test
    void crimeaFindsThePositionAndTheArticleThatBacksIt() {
        JsonPath found = data("search", "text", "Crimea");
        assertThat(found.getList("search.edges.node.type"), is(List.of("POSITION", "SOURCE")));
        assertThat(found.getString("search.edges[0].node.node.text"), containsString("including Crimea"));
        assertThat(found.getString("search.edges[0].node.excerpt"), containsString("including <mark>Crimea</mark>."));
        assertThat(found.getString("search.edges[1].node.node.url"), is("https://newscentraltv.com/?p=351246"));
        // found through its own words now, the passage quoted for the red line (it backs the position too)
        assertThat(found.getString("search.edges[1].node.excerpt"), containsString("Says: "));
        assertThat(found.getFloat("search.edges[0].node.rank"), greaterThan(found.getFloat("search.edges[1].node.rank")));
    }

    @Test
    void everyWordMustMatchAndTypesNarrowTheSearch() {
        JsonPath rounds = data("search", "text", "prisoners Istanbul", "types", List.of("ROUND"));
        assertThat(rounds.getList("search.edges.node.type"), everyItem(is("ROUND")));
        assertThat(rounds.getInt("search.totalCount"), greaterThan(0));
        assertThat(rounds.getList("search.edges.node.node.city"), everyItem(is("Istanbul")));
        assertThat(data("search", "text", "Crimea Istanbul sanctions").getInt("search.totalCount"), is(0));
    }

    @Test
    void sourcesAreFoundByTheirOwnFieldsToo() {
        JsonPath found = data("search", "text", "Business Recorder", "types", List.of("SOURCE"));
        assertThat(found.getList("search.edges.node.node.url"), hasItem(containsString("brecorder.com")));
        assertThat(found.getString("search.edges[0].node.excerpt"), containsString("<mark>Business</mark> <mark>Recorder</mark>"));
    }

    @Test
    void hitsArePaged() {
        JsonPath first = data("search", "text", "Russia", "first", 2);
        assertThat(first.getList("search.edges"), hasSize(2));
        assertThat(first.getBoolean("search.pageInfo.hasNextPage"), is(true));
        JsonPath next = data("search", "text", "Russia", "first", 2, "after", first.getString("search.pageInfo.endCursor"));
        assertThat(next.getString("search.edges[0].node.node.id"),
                not(first.getString("search.edges[1].node.node.id")));
    }

    /**
     * The hits are ranked in Java and their records read by the planner, one statement for the page's records of every
     * type with all they select (PlannedReadsTest compares the answer with the resolvers').
     */
    @Test
    void theHitsRecordsAreReadByThePlanner() {
        ReadPlanner planner = GraphQLClient.planner();
        long before = planner == null ? 0 : planner.planned();
        JsonPath found = data("search-planned", "text", "Russia", "first", 30);
        if (planner != null) {
            assertThat(planner.planned() - before, is(1L));
        }
        List<String> types = found.getList("search.edges.hit.type");
        assertThat(new java.util.HashSet<>(types).size(), greaterThan(2));
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            String typename = type.equals("SOURCE") ? "Source" : type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT);
            assertThat(found.getString("search.edges[" + i + "].hit.node.__typename"), is(typename));
            assertThat(found.getString("search.nodes[" + i + "].record.id"), is(found.getString("search.edges[" + i + "].hit.node.id")));
        }
        assertThat(found.getString("search.edges.find { it.hit.type == 'ROUND' }.hit.node.talks.conflict.name"), not(nullValue()));
        assertThat(found.getString("search.pageInfo.endCursor"), is(found.getString("search.edges[-1].cursor")));
    }

    @Test
    void textWithoutAWordIsAValidationError() {
        assertThat(code(errors("search", "text", " ?! ").get(0)), is("VALIDATION"));
    }
}
