package org.parley.source;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SourcesTest {

    @Test
    void newestFirstUndatedLast() {
        JsonPath data = data("sources", "first", 100);
        assertThat(data.getInt("sources.totalCount"), is(134));
        List<String> published = new ArrayList<>(data.getList("sources.nodes.publishedOn"));
        JsonPath rest = data("sources", "first", 100, "after", data.getString("sources.pageInfo.endCursor"));
        assertThat(rest.getBoolean("sources.pageInfo.hasNextPage"), is(false));
        published.addAll(rest.getList("sources.nodes.publishedOn"));
        List<String> dated = List.of("2026-03-12", "2026-03-12", "2026-03-10", "2026-03-10", "2026-03-10", "2026-03-10", "2026-03-09", "2026-03-05", "2026-03-05", "2026-03-05", "2026-03-03", "2026-03", "2026-02-26", "2026-02-26", "2026-02-24", "2026-02-18", "2026-02-16", "2026-02-15", "2026-02-14", "2026-02-05", "2026-02-05", "2026-02-05", "2026-02-05",
                "2026-02-05", "2026-02-04", "2026-02-04", "2026-02-04", "2026-02-02",
                "2026-01-23", "2026-01-23", "2025-12-16", "2025-12-03", "2025-12-01", "2025-12-01", "2025-12-01", "2025-11-30", "2025-11-28", "2025-11-28", "2025-11-24", "2025-11-24",
                "2025-10-02", "2025-10-02", "2025-09-01", "2025-08-28", "2025-08-25", "2025-08-24", "2025-08-19", "2025-08-19", "2025-08-19", "2025-08-16", "2025-08-15",
                "2025-08-14", "2025-08-11", "2025-08-11", "2025-08", "2025-07-24", "2025-07-24", "2025-07-24", "2025-07-24", "2025-07-23", "2025-07-23", "2025-07-23",
                "2025-07-14", "2025-07-10", "2025-07-10", "2025-06-19", "2025-06-16", "2025-06-16", "2025-06-08", "2025-06-02",
                "2025-06-02", "2025-06-02", "2025-06", "2025-05-29", "2025-05-25", "2025-05-16", "2025-05-16", "2025-05-02", "2025-04-18", "2025-04-18",
                "2025-03-25", "2025-03-25", "2025-03-25", "2025-03-25", "2025-03-25", "2025-03-25", "2025-03-18", "2025-03-18",
                "2025-03-13", "2025-03-12", "2025-03-11", "2025-03-11", "2025-03-11", "2025-02-19", "2025-02-18", "2025-02-18",
                "2025-02-18", "2023-09-10", "2023-07-21", "2023-07-17", "2023-07-01", "2023-05", "2022-11-02", "2022-11",
                "2022-10-29", "2022-03-30", "2022-03-29", "2022-03-29");
        List<String> expected = new ArrayList<>(dated);
        expected.addAll(Collections.nCopies(26, null));
        assertThat(published, is(expected));
        JsonPath article = data("sources", "publisher", "news central");
        assertThat(article.getString("sources.nodes[0].title"), is("Kremlin Braces for 'Difficult' Talks with Ukraine"));
        assertThat(article.getString("sources.nodes[0].author"), is("Chinomso Sunday"));
        assertThat(article.getString("sources.nodes[0].url"), is("https://newscentraltv.com/?p=351246"));
        assertThat(article.getString("sources.nodes[0].publishedOnPrecision"), is("DAY"));
    }

    @Test
    void searchesTitlePublisherAuthorAndAddress() {
        assertThat(data("sources", "text", "AFP").getInt("sources.totalCount"), is(4));
        JsonPath b3 = data("sources", "text", "b3news");
        assertThat(b3.getString("sources.nodes[0].title"), nullValue());
        assertThat(b3.getString("sources.nodes[0].publishedOn"), nullValue());
    }
}
