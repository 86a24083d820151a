package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class NodeTest {

    @Test
    void everyIdFetchesItsObjectThroughNode() {
        JsonPath ids = data("ids");
        String round = ids.getString("rounds.nodes.find { it.number == 2 }.id");
        JsonPath node = data("node", "id", round);
        assertThat(node.getString("node.__typename"), is("Round"));
        assertThat(node.getString("node.id"), is(round));
        assertThat(node.getInt("node.number"), is(2));
        assertThat(node.getString("node.date"), is("2025-03-11")); // the first round numbered 2 by date: Jeddah

        String ukraine = ids.getString("parties.nodes.find { it.name == 'Ukraine' }.id");
        assertThat(data("node", "id", ukraine).getString("node.name"), is("Ukraine"));

        String source = ids.getString("sources.nodes.find { it.url.contains('brecorder') }.id");
        assertThat(data("node", "id", source).getString("node.__typename"), is("Source"));
    }

    @Test
    void idsAreUniqueAcrossTypes() {
        JsonPath ids = data("ids");
        List<String> all = new ArrayList<>();
        for (String root : List.of("conflicts", "parties", "people", "talks", "rounds", "positions", "sources", "events")) {
            all.addAll(ids.getList(root + ".nodes.id"));
        }
        assertThat(new HashSet<>(all), hasSize(all.size()));
    }

    @Test
    void singleLookupsByIdReturnTheirObject() {
        JsonPath ids = data("ids");
        JsonPath found = data("lookups",
                "conflict", ids.getString("conflicts.nodes[0].id"),
                "party", ids.getString("parties.nodes.find { it.name == 'Turkey' }.id"),
                "person", ids.getString("people.nodes.find { it.name == 'Dmitry Peskov' }.id"),
                "talks", ids.getString("talks.nodes[0].id"),
                "round", ids.getString("rounds.nodes.find { it.number == 3 }.id"),
                "position", ids.getString("positions.nodes[0].id"),
                "source", ids.getString("b3news.nodes[0].id"), // undated: last of the sources, past a first page of them
                "event", ids.getString("events.nodes.find { it.kind == 'CAPTURE_CLAIM' }.id"));
        assertThat(found.getString("conflict.name"), is("Russia–Ukraine war"));
        assertThat(found.getString("party.name"), is("Turkey"));
        assertThat(found.getString("person.name"), is("Dmitry Peskov"));
        assertThat(found.getString("talksById.name"), is("Istanbul talks"));
        assertThat(found.getInt("round.number"), is(3));
        assertThat(found.getString("source.url"), is("https://b3news.com/?p=74645"));
        assertThat(found.getString("event.kind"), is("CAPTURE_CLAIM"));
    }
}
