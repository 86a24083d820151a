package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PagingTest {

    private static List<String> allPositionIds() {
        return data("positions-page", "first", 100).getList("positions.nodes.id");
    }

    @Test
    void forwardPagesCoverTheListOnceInOrder() {
        List<String> all = allPositionIds();
        assertThat(all, hasSize(47));

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            JsonPath page = data("positions-page", "first", 3, "after", after);
            assertThat(page.getInt("positions.totalCount"), is(47));
            assertThat(page.getBoolean("positions.pageInfo.hasPreviousPage"), is(pages > 0));
            List<String> ids = page.getList("positions.edges.node.id");
            assertThat(page.getList("positions.nodes.id"), is(ids));
            assertThat(page.getString("positions.pageInfo.endCursor"), is(page.getString("positions.edges[-1].cursor")));
            seen.addAll(ids);
            hasNext = page.getBoolean("positions.pageInfo.hasNextPage");
            after = page.getString("positions.pageInfo.endCursor");
            pages++;
        }
        assertThat(pages, is(16));
        assertThat(seen, is(all));
    }

    @Test
    void backwardPagesCoverTheListOnceInOrder() {
        List<String> all = allPositionIds();
        List<String> seen = new ArrayList<>();
        String before = null;
        boolean hasPrevious = true;
        int pages = 0;
        while (hasPrevious) {
            JsonPath page = data("positions-page", "last", 10, "before", before);
            List<String> ids = page.getList("positions.nodes.id");
            // each page of ten sits just before the one already seen
            assertThat(ids, is(all.subList(Math.max(0, all.size() - seen.size() - 10), all.size() - seen.size())));
            if (pages == 0) {
                assertThat(page.getBoolean("positions.pageInfo.hasNextPage"), is(false));
            }
            seen.addAll(0, ids);
            hasPrevious = page.getBoolean("positions.pageInfo.hasPreviousPage");
            before = page.getString("positions.pageInfo.startCursor");
            pages++;
        }
        assertThat(pages, is(5));
        assertThat(seen, is(all));
    }

    @Test
    void aWindowBetweenTwoCursors() {
        List<String> all = allPositionIds();
        JsonPath page = data("positions-page", "first", 10);
        String second = page.getString("positions.edges[1].cursor");
        String sixth = page.getString("positions.edges[5].cursor");
        JsonPath window = data("positions-page", "after", second, "before", sixth);
        assertThat(window.getList("positions.nodes.id"), is(all.subList(2, 5)));
    }

    @Test
    void anEmptyPageHasNoCursors() {
        JsonPath page = data("positions-page", "first", 0);
        assertThat(page.getList("positions.nodes"), empty());
        assertThat(page.getString("positions.pageInfo.startCursor"), nullValue());
        assertThat(page.getBoolean("positions.pageInfo.hasNextPage"), is(true));
        assertThat(page.getInt("positions.totalCount"), is(47));
    }

    @Test
    void aForeignCursorIsRefused() {
        List<Map<String, Object>> errors = errors("positions-page", "first", 2, "after", "not-a-cursor");
        assertThat(code(errors.get(0)), is("VALIDATION"));
        assertThat((String) errors.get(0).get("message"), containsString("`after` is not a cursor"));
        assertThat((List<?>) errors.get(0).get("path"), contains("positions"));
    }

    @Test
    void pageSizesOutsideTheLimitsAreRefused() {
        assertThat(code(errors("positions-page", "first", 101).get(0)), is("VALIDATION"));
        List<Map<String, Object>> negative = errors("positions-page", "last", -1);
        assertThat(code(negative.get(0)), is("VALIDATION"));
        assertThat((String) negative.get(0).get("message"), containsString("`last` must be between 0 and 100"));
    }
}
