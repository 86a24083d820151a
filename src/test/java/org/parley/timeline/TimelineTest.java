package org.parley.timeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.dataAs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A conflict's rounds, outcomes, statements and events in date order, on the bundled dataset. */
@QuarkusTest
class TimelineTest {

    private static String conflict() {
        return data("ids").getString("conflicts.nodes[0].id");
    }

    /** Every entry of the conflict's timeline, page after page (it is longer than the largest page). */
    private static List<Map<String, Object>> wholeTimeline() {
        List<Map<String, Object>> entries = new ArrayList<>();
        String after = null;
        JsonPath page;
        do {
            page = data("timeline", "conflict", conflict(), "first", 100, "after", after);
            entries.addAll(page.getList("timeline.nodes"));
            after = page.getString("timeline.pageInfo.endCursor");
        } while (page.getBoolean("timeline.pageInfo.hasNextPage"));
        assertThat(entries, hasSize(page.getInt("timeline.totalCount")));
        return entries;
    }

    @Test
    void theIstanbulRoundsComeInDateOrderAmongTheEvents() {
        List<Map<String, Object>> entries = wholeTimeline();
        assertThat(entries.stream().filter(entry -> "ROUND".equals(entry.get("kind"))).map(entry -> entry.get("date")).toList(),
                contains("2022-03-29", "2025-02-18", "2025-03-11", "2025-03-23", "2025-03-24", "2025-05-16", "2025-06-02", "2025-07-23", "2025-08-15", "2025-08-18", "2025-11-23",
                        "2025-11-30", "2025-12-02", "2025-12-14", "2026-01-23", "2026-02-04", "2026-02-17",
                        "2026-02-26"));
        List<Object> dates = entries.stream().map(entry -> entry.get("date")).toList();
        assertThat(dates.get(0), is("2019"));
        assertThat(dates.indexOf("2025-07") < dates.indexOf("2025-W29"), is(true));
        JsonPath timeline = data("timeline", "conflict", conflict(), "first", 100);
        assertThat(timeline.getString("timeline.nodes.find { it.kind == 'OUTCOME' }.node.round.number"), is("1"));
        assertThat(timeline.getString("timeline.nodes.find { it.kind == 'ROUND' }.title"), is("Round 1, Istanbul"));
    }

    @Test
    void agreementStagesLedgerLinesAndPositionsAreEntries() {
        JsonPath timeline = data("timeline", "conflict", conflict(), "first", 100);
        assertThat(timeline.getString("timeline.nodes.find { it.kind == 'AGREEMENT_STAGE' && it.date == '2022-07-22' }.title"),
                is("Black Sea Grain Initiative: signed"));
        assertThat(timeline.getString("timeline.nodes.find { it.kind == 'IMPLEMENTATION' && it.date == '2025-05-25' }.title"),
                startsWith("Istanbul agreement on a 1,000-for-1,000 prisoner exchange, provision 1: implemented."));
        assertThat(timeline.getList("timeline.nodes.findAll { it.kind == 'POSITION' }").isEmpty(), is(false));
    }

    @Test
    void positionsOnAPageComeWithTheirRecordWhereverThePageIsCut() {
        // positions are sorted by date alone and loaded once the page is cut: every page shows them whole
        String after = null;
        int positions = 0;
        do {
            JsonPath page = data("timeline", "conflict", conflict(), "first", 7, "after", after);
            List<Map<String, Object>> onPage = page.getList("timeline.nodes.findAll { it.kind == 'POSITION' }");
            for (Map<String, Object> entry : onPage) {
                Map<?, ?> node = (Map<?, ?>) entry.get("node");
                assertThat(node.get("text"), is(entry.get("title")));
                assertThat(((Map<?, ?>) node.get("party")).get("name") != null, is(true));
            }
            positions += onPage.size();
            after = page.getBoolean("timeline.pageInfo.hasNextPage") ? page.getString("timeline.pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(positions, is(data("positions-filtered").getList("positions.nodes.findAll { "
                + "!['Armenia', 'Azerbaijan'].contains(it.party.name) }").size()));
    }

    @Test
    void theTimelineIsPaged() {
        JsonPath page = data("timeline", "conflict", conflict(), "first", 5);
        assertThat(page.getList("timeline.nodes"), hasSize(5));
        assertThat(page.getBoolean("timeline.pageInfo.hasNextPage"), is(true));
        JsonPath next = data("timeline", "conflict", conflict(), "first", 5, "after", page.getString("timeline.pageInfo.endCursor"));
        JsonPath all = data("timeline", "conflict", conflict(), "first", 10);
        assertThat(next.getList("timeline.nodes.title"), is(all.getList("timeline.nodes.title").subList(5, 10)));
        assertThat(next.getInt("timeline.totalCount"), is(all.getInt("timeline.totalCount")));
    }

    @Test
    void aRangeKeepsWhatOverlapsItHonouringPrecision() {
        JsonPath june = data("timeline", "conflict", conflict(), "from", "2025-06", "to", "2025-06");
        assertThat(june.getList("timeline.nodes.findAll { it.kind == 'ROUND' }.node.number"), contains(2));
        // an event known only to the year 2025 may have happened in June: it stays
        assertThat(june.getList("timeline.nodes.datePrecision"), hasItem("YEAR"));
        assertThat(june.getList("timeline.nodes.date"), everyItem(startsWith("2025")));
    }

    @Test
    void aConflictCarriesTheSameTimeline() {
        JsonPath root = data("timeline", "conflict", conflict(), "from", "2025-06", "to", "2025-07", "first", 100);
        JsonPath field = data("conflict-timeline", "from", "2025-06", "to", "2025-07");
        assertThat(field.getInt("conflicts.nodes[0].timeline.totalCount"), is(root.getInt("timeline.totalCount")));
        assertThat(field.getList("conflicts.nodes[0].timeline.nodes.title"), is(root.getList("timeline.nodes.title")));
        assertThat(field.getList("conflicts.nodes[0].timeline.nodes.title").isEmpty(), is(false));
    }

    /** The id of a timeline entry's or search hit's record without a fragment, as clients asked it before 1.0.0. */
    @Test
    void idsWithoutAFragment() {
        String conflict = conflict();
        JsonPath timeline = dataAs(null, "ids-without-fragment", "TimelineIds", Map.of("conflict", conflict));
        JsonPath withFragment = data("timeline", "conflict", conflict, "first", 5);
        assertThat(timeline.getList("timeline.nodes.node.id"), is(withFragment.getList("timeline.nodes.node.id")));
        assertThat(timeline.getList("timeline.nodes.node.id"), hasSize(5));
        assertThat(timeline.getList("conflict.timeline.nodes.node.id"), is(withFragment.getList("timeline.nodes.node.id")));
        JsonPath search = dataAs(null, "ids-without-fragment", "SearchIds", Map.of("text", "Crimea"));
        List<String> ids = search.getList("search.edges.node.node.id");
        assertThat(ids.isEmpty(), is(false));
        assertThat(ids, everyItem(notNullValue()));
    }
}
