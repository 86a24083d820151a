package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.parley.common.value.PartialDate;

/** `orderBy` on the root lists, on the bundled record: the order asked, paged by cursors of that order only. */
@QuarkusTest
class OrderingTest {

    @Test
    void roundsLatestFirstAndTheirPagesInThatOrder() {
        JsonPath all = data("ordered-rounds", "first", 100);
        List<String> dates = all.getList("rounds.edges.node.date");
        assertThat(dates.get(0), is("2026-02-26"));
        assertThat(all.getInt("rounds.edges[0].node.number"), is(11));
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.comparing(OrderingTest::firstDay).reversed());
        assertThat(dates, is(sorted));
        List<String> ids = all.getList("rounds.edges.node.id");
        assertThat(forwards("ordered-rounds", "rounds", 7, "orderBy", List.of("DATE_DESC")), is(ids));
        assertThat(backwards("ordered-rounds", "rounds", 6, "orderBy", List.of("DATE_DESC")), is(ids));
    }

    @Test
    void nestedListsInAChosenOrder() {
        JsonPath answer = data("ordered-nested");
        Map<String, String> fields = Map.of("talks.nodes", "rounds", "conflicts.nodes", "events", "parties.nodes", "positions",
                "agreements.nodes", "stages");
        Map<String, Integer> changed = new HashMap<>();
        for (String list : fields.keySet()) {
            String field = fields.get(list);
            for (int i = 0; i < answer.getList(list).size(); i++) {
                List<String> dates = answer.getList(list + "[" + i + "]." + field + ".date");
                List<String> sorted = new ArrayList<>(dates);
                sorted.sort(Comparator.comparing(OrderingTest::firstDay).reversed());
                assertThat(dates, is(sorted));
                // the same items as the list's own order, only ordered otherwise
                List<String> ids = answer.getList(list + "[" + i + "]." + field + ".id");
                List<String> own = answer.getList(list + "[" + i + "].own.id");
                assertThat(new HashSet<>(ids), is(new HashSet<>(own)));
                changed.merge(field, ids.equals(own) ? 0 : 1, Integer::sum);
            }
        }
        for (String field : fields.values()) {
            assertThat("some list of " + field + " changed order", changed.get(field) > 0, is(true));
        }
        List<Map<String, Object>> twice = errors("ordered-nested", "rounds", List.of("DATE_DESC", "DATE_ASC"));
        assertThat(code(twice.get(0)), is("VALIDATION"));
        assertThat((String) twice.get(0).get("message"), containsString("`orderBy` orders by one field twice"));
    }

    @Test
    void undatedSourcesComeLastInEitherDirection() {
        JsonPath ascending = data("ordered-sources", "first", 100, "orderBy", List.of("PUBLISHED_ON_ASC", "TITLE_ASC"));
        JsonPath rest = data("ordered-sources", "first", 100, "orderBy", List.of("PUBLISHED_ON_ASC", "TITLE_ASC"),
                "after", ascending.getString("sources.pageInfo.endCursor"));
        List<String> dates = new ArrayList<>(ascending.getList("sources.nodes.publishedOn"));
        dates.addAll(rest.getList("sources.nodes.publishedOn"));
        assertThat(dates, hasSize(134));
        assertThat(dates.subList(108, 134), everyItem(nullValue()));
        List<String> dated = dates.subList(0, 108);
        List<String> sorted = new ArrayList<>(dated);
        sorted.sort(Comparator.comparing(OrderingTest::firstDay));
        assertThat(dated, is(sorted));

        JsonPath descending = data("ordered-sources", "first", 100, "orderBy", List.of("PUBLISHED_ON_DESC"));
        List<String> newest = descending.getList("sources.nodes.publishedOn");
        assertThat(newest.get(0), is(sorted.get(107)));
        assertThat(descending.getInt("sources.totalCount"), is(134));

        // across the boundary of dated and undated, pages of 10 forwards and backwards meet every source once
        List<String> ids = new ArrayList<>(ascending.getList("sources.nodes.id"));
        ids.addAll(rest.getList("sources.nodes.id"));
        Object[] order = { "orderBy", List.of("PUBLISHED_ON_ASC", "TITLE_ASC") };
        assertThat(forwards("ordered-sources", "sources", 10, order), is(ids));
        assertThat(backwards("ordered-sources", "sources", 10, order), is(ids));
    }

    @Test
    void positionsByKindThenLatestFirst() {
        JsonPath positions = data("ordered-positions");
        List<Map<String, Object>> nodes = positions.getList("positions.nodes");
        assertThat(nodes, hasSize(positions.getInt("positions.totalCount")));
        for (int i = 1; i < nodes.size(); i++) {
            String kind = (String) nodes.get(i).get("kind");
            String previousKind = (String) nodes.get(i - 1).get("kind");
            assertThat(previousKind + " before " + kind, previousKind.compareTo(kind) <= 0, is(true));
            if (kind.equals(previousKind)) {
                String date = (String) nodes.get(i).get("statedOn");
                String previous = (String) nodes.get(i - 1).get("statedOn");
                assertThat(previous + " before " + date, firstDay(previous).compareTo(firstDay(date)) >= 0, is(true));
            }
        }
        // the filter and the order together
        JsonPath redLines = data("ordered-positions", "kind", "RED_LINE", "orderBy", List.of("TOPIC_DESC"));
        List<String> topics = redLines.getList("positions.nodes.topic");
        List<String> sorted = new ArrayList<>(topics);
        sorted.sort(Comparator.reverseOrder());
        assertThat(topics, is(sorted));
        assertThat(redLines.getList("positions.nodes.kind"), everyItem(is("RED_LINE")));
    }

    @Test
    void pagesInAnOrderOfEnumValuesMeetEveryItemOnce() {
        Object[] order = { "orderBy", List.of("KIND_DESC"), "first", 100 };
        List<String> all = data("ordered-positions", order).getList("positions.nodes.id");
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = data("ordered-positions", "orderBy", List.of("KIND_DESC"), "first", 5, "after", after);
            seen.addAll(page.getList("positions.nodes.id"));
            after = page.getBoolean("positions.pageInfo.hasNextPage") ? page.getString("positions.pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(seen, is(all));
    }

    @Test
    void withoutAnOrderOrWithAnEmptyOneAListKeepsItsOwn() {
        List<String> own = data("rounds-page", "first", 50).getList("rounds.nodes.id");
        assertThat(data("ordered-rounds", "first", 50, "orderBy", List.of()).getList("rounds.edges.node.id"), is(own));
        assertThat(data("ordered-rounds", "first", 50, "orderBy", null).getList("rounds.edges.node.id"), is(own));
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        JsonPath latestFirst = data("ordered-rounds", "first", 2);
        String cursor = latestFirst.getString("rounds.pageInfo.endCursor");
        List<Map<String, Object>> errors = errors("ordered-rounds", "first", 2, "after", cursor, "orderBy", List.of("CITY_ASC"));
        assertThat(code(errors.get(0)), is("VALIDATION"));
        assertThat((String) errors.get(0).get("message"), is("`after` is a cursor of another order of this list "
                + "(`orderBy: [DATE_DESC]`): pass the `orderBy` its page was read with, or leave `after` out to start again."));
        assertThat((List<?>) errors.get(0).get("path"), contains("rounds"));

        // a cursor of the list's own order in a chosen one, and the other way round
        String own = data("rounds-page", "first", 2).getString("rounds.pageInfo.endCursor");
        assertThat((String) errors("ordered-rounds", "before", own).get(0).get("message"), containsString("(`orderBy: []`)"));
        assertThat(code(errors("rounds-page", "first", 2, "after", cursor).get(0)), is("VALIDATION"));
    }

    @Test
    void oneFieldTwiceIsRefused() {
        List<Map<String, Object>> errors = errors("ordered-rounds", "orderBy", List.of("DATE_DESC", "CITY_ASC", "DATE_ASC"));
        assertThat(code(errors.get(0)), is("VALIDATION"));
        assertThat((String) errors.get(0).get("message"),
                is("`orderBy` orders by one field twice (DATE_DESC, DATE_ASC): name each field once."));
    }

    /** The ids of a list read page by page from its start. */
    private static List<String> forwards(String document, String list, int size, Object... variables) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = data(document, with(variables, "first", size, "after", after));
            seen.addAll(page.getList(list + ids(page, list)));
            after = page.getBoolean(list + ".pageInfo.hasNextPage") ? page.getString(list + ".pageInfo.endCursor") : null;
        } while (after != null);
        return seen;
    }

    /** The ids of a list read page by page from its end, with `last` and `before`. */
    private static List<String> backwards(String document, String list, int size, Object... variables) {
        List<String> seen = new ArrayList<>();
        String before = null;
        do {
            JsonPath page = data(document, with(variables, "last", size, "before", before));
            seen.addAll(0, page.getList(list + ids(page, list)));
            before = page.getBoolean(list + ".pageInfo.hasPreviousPage") ? page.getString(list + ".pageInfo.startCursor") : null;
        } while (before != null);
        return seen;
    }

    private static String ids(JsonPath page, String list) {
        return page.get(list + ".nodes") != null ? ".nodes.id" : ".edges.node.id";
    }

    private static Object[] with(Object[] variables, Object... more) {
        Object[] all = new Object[variables.length + more.length];
        System.arraycopy(variables, 0, all, 0, variables.length);
        System.arraycopy(more, 0, all, variables.length, more.length);
        return all;
    }

    /** The first day of a partial date (a day, an ISO week, a month, a year), comparable as text. */
    private static String firstDay(String date) {
        return PartialDate.parse(date).start().toString();
    }
}
