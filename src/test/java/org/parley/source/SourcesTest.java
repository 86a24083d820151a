package org.parley.source;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SourcesTest {

    @Test
    void newestFirstUndatedLast() {
        JsonPath data = data("sources", "first", 30);
        assertThat(data.getInt("sources.totalCount"), is(24));
        assertThat(data.getList("sources.nodes.publishedOn"), contains("2025-07-24", "2025-07-23", "2025-07-23", "2025-06-19",
                "2025-06-16", "2025-06-16", "2025-06", "2025-05-25", "2025-05-16", "2025-05-16", "2023-09-10", "2023-07-17",
                "2023-07-01", "2023-05", "2022-11", "2022-03-30", "2022-03-29", "2022-03-29", null, null, null, null, null, null));
        JsonPath article = data("sources", "publisher", "news central");
        assertThat(article.getString("sources.nodes[0].title"), is("Kremlin Braces for 'Difficult' Talks with Ukraine"));
        assertThat(article.getString("sources.nodes[0].author"), is("Chinomso Sunday"));
        assertThat(article.getString("sources.nodes[0].url"), is("https://newscentraltv.com/?p=351246"));
        assertThat(article.getString("sources.nodes[0].publishedOnPrecision"), is("DAY"));
    }

    @Test
    void searchesTitlePublisherAuthorAndAddress() {
        assertThat(data("sources", "text", "AFP").getInt("sources.totalCount"), is(2));
        JsonPath b3 = data("sources", "text", "b3news");
        assertThat(b3.getString("sources.nodes[0].title"), nullValue());
        assertThat(b3.getString("sources.nodes[0].publishedOn"), nullValue());
    }
}
