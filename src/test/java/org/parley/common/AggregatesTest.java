package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.dataAs;
import static org.parley.GraphQLClient.errorsAs;
import static org.parley.GraphQLClient.vars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.parley.common.value.PartialDate;

/**
 * `aggregate` on the root lists, on the bundled record: each group's count must equal what a client counts by paging
 * through the same filtered list.
 */
@QuarkusTest
class AggregatesTest {

    @Test
    void positionsByPartyAndKindAsAClientWouldCountThem() {
        JsonPath answer = dataAs(null, "aggregates", "PositionGroups", vars("by", List.of("PARTY", "KIND"), "first", 100));
        assertThat(answer.getInt("positions.aggregate.count"), is(answer.getInt("positions.totalCount")));
        assertThat(groups(answer, "positions"), is(counted(answer.getList("positions.nodes"),
                node -> key(((Map<?, ?>) node.get("party")).get("id"), node.get("kind")))));
        // a party's group names the party
        Map<String, Object> first = answer.getMap("positions.aggregate.groupBy[0].keys[0]");
        assertThat(first.get("dimension"), is("PARTY"));
        assertThat(((Map<?, ?>) first.get("node")).get("id"), is(first.get("value")));
        assertThat(((Map<?, ?>) first.get("node")).get("name") instanceof String, is(true));
    }

    @Test
    void redLinesByTopicAndByYearAndMonthOfTheirDate() {
        JsonPath topics = dataAs(null, "aggregates", "PositionGroups", vars("kind", "RED_LINE", "by", List.of("TOPIC")));
        assertThat(groups(topics, "positions"), is(counted(topics.getList("positions.nodes"), node -> key(node.get("topic")))));
        assertThat(topics.getList("positions.nodes"), hasSize(topics.getInt("positions.aggregate.count")));

        JsonPath months = dataAs(null, "aggregates", "PositionGroups", vars("by", List.of("YEAR", "MONTH"), "first", 100));
        assertThat(groups(months, "positions"), is(counted(months.getList("positions.nodes"), node -> {
            String date = (String) node.get("statedOn");
            PartialDate partial = PartialDate.parse(date);
            String year = String.valueOf(partial.start().getYear());
            // a date known only to a year has no month; a week or a day is in the month of its first day
            return key(year, date.length() == 4 ? null : partial.start().toString().substring(0, 7));
        })));
    }

    @Test
    void sourcesByPublisherAndYearWithTheUndatedAsANullGroup() {
        JsonPath byYear = dataAs(null, "aggregates", "SourceGroups", vars("by", List.of("YEAR")));
        List<Map<String, Object>> all = allSources(byYear);
        assertThat(all, hasSize(134));
        assertThat(groups(byYear, "sources"), is(counted(all, node -> key(node.get("publishedOn") == null ? null
                : String.valueOf(PartialDate.parse((String) node.get("publishedOn")).start().getYear())))));
        List<Map<String, Object>> groups = byYear.getList("sources.aggregate.groupBy");
        Map<String, Object> last = groups.get(groups.size() - 1); // nulls last
        assertThat(((List<?>) last.get("keys")).size(), is(1));
        assertThat(((Map<?, ?>) ((List<?>) last.get("keys")).get(0)).get("value"), is((Object) null));
        assertThat(last.get("count"), is(26));

        JsonPath byPublisher = dataAs(null, "aggregates", "SourceGroups", vars("by", List.of("PUBLISHER")));
        // more publishers than a page of groups (100): the page holds 100 of them, each with its whole count
        Map<String, Integer> publishers = counted(all, node -> key(node.get("publisher")));
        Map<String, Integer> page = groups(byPublisher, "sources");
        assertThat(publishers.size() > 100, is(true));
        assertThat(page.size(), is(100));
        page.forEach((publisher, count) -> assertThat(publisher, count, is(publishers.get(publisher))));
    }

    @Test
    void theLedgerByAgreementAndStatus() {
        JsonPath ledger = dataAs(null, "aggregates", "LedgerGroups", vars());
        assertThat(groups(ledger, "implementationRecords"), is(counted(ledger.getList("implementationRecords.nodes"),
                node -> key(((Map<?, ?>) ((Map<?, ?>) node.get("provision")).get("agreement")).get("id"), node.get("status")))));
        JsonPath kept = dataAs(null, "aggregates", "LedgerGroups", vars("status", "IMPLEMENTED"));
        for (Map<String, Object> group : kept.<Map<String, Object>>getList("implementationRecords.aggregate.groupBy")) {
            assertThat(((Map<?, ?>) ((List<?>) group.get("keys")).get(1)).get("value"), is("IMPLEMENTED"));
        }
    }

    /** Where each agreement's provisions stood on a date, kept, partly, not, broken or unreported, and their shares. */
    @Test
    void provisionsByAgreementAndStatusAsOfADate() {
        for (String asOf : new String[] { "2022-08", "2023-07-31", "2025", null }) {
            JsonPath answer = dataAs(null, "aggregates", "ProvisionGroups", vars("asOf", asOf));
            List<Map<String, Object>> nodes = answer.getList("provisions.nodes");
            assertThat(groups(answer, "provisions"), is(counted(nodes, node -> key(((Map<?, ?>) node.get("agreement")).get("id"), node.get("status")))));
            Map<String, Integer> perAgreement = counted(nodes, node -> key(((Map<?, ?>) node.get("agreement")).get("id")));
            for (Map<String, Object> group : answer.<Map<String, Object>>getList("provisions.aggregate.groupBy")) {
                Object agreement = ((Map<?, ?>) ((List<?>) group.get("keys")).get(0)).get("value");
                double share = ((Number) group.get("share")).doubleValue();
                assertThat(asOf + " " + group, Math.abs(share - (Integer) group.get("count") / (double) perAgreement.get(key(agreement))) < 1e-6, // a GraphQL Float, read as a float
                        is(true));
            }
            double all = 0;
            for (Map<String, Object> group : answer.<Map<String, Object>>getList("provisions.aggregate.byStatus")) {
                all += ((Number) group.get("share")).doubleValue();
            }
            assertThat(asOf + ": the shares of one key add up to 1", Math.abs(all - 1) < 1e-6, is(true));
        }
    }

    @Test
    void anEmptyByIsOneGroupOfAll() {
        JsonPath all = dataAs(null, "aggregates", "PositionGroups", vars("by", List.of()));
        assertThat(all.getList("positions.aggregate.groupBy"), hasSize(1));
        assertThat(all.getInt("positions.aggregate.groupBy[0].count"), is(all.getInt("positions.totalCount")));
    }

    @Test
    void aDimensionTheListDoesNotTakeOneTwiceOrTooManyGroupsAreRefused() {
        List<Map<String, Object>> errors = errorsAs(null, "aggregates", "Grouped", vars("by", List.of("CAPACITY")));
        assertThat(code(errors.get(0)), is("VALIDATION"));
        assertThat((String) errors.get(0).get("message"),
                is("`rounds` are not grouped by CAPACITY: it groups by TALKS, PARTY, STATUS, YEAR, MONTH."));
        List<Map<String, Object>> twice = errorsAs(null, "aggregates", "Grouped", vars("by", List.of("YEAR", "STATUS", "YEAR")));
        assertThat(code(twice.get(0)), is("VALIDATION"));
        assertThat((String) twice.get(0).get("message"), is("`by` names YEAR twice: name each dimension once."));
        List<Map<String, Object>> many = errorsAs(null, "aggregates", "PositionGroups", vars("by", List.of("KIND"), "first", 101));
        assertThat(code(many.get(0)), is("VALIDATION"));
    }

    /** Each connection's description names the dimensions its `groupBy` takes, and it takes no other. */
    @Test
    void everyListGroupsByTheDimensionsItsDescriptionNames() {
        JsonPath schema = GraphQLClient.post("{ __schema { queryType { fields { name type { ofType { name description } } } } } "
                + "dimensions: __type(name: \"Dimension\") { enumValues { name } } }", Map.of()).extract().jsonPath();
        List<String> dimensions = schema.getList("data.dimensions.enumValues.name");
        int lists = 0;
        for (Map<String, Object> field : schema.<Map<String, Object>>getList("data.__schema.queryType.fields")) {
            Map<?, ?> type = (Map<?, ?>) ((Map<?, ?>) field.get("type")).get("ofType");
            String description = type == null ? null : (String) type.get("description");
            if (description == null || !description.contains("Its `aggregate` groups by ")) {
                continue;
            }
            lists++;
            String named = description.substring(description.indexOf("groups by ") + "groups by ".length()).split("[.(]")[0].trim();
            List<String> taken = Arrays.asList(named.split(", "));
            for (String dimension : dimensions) {
                String query = "{ " + field.get("name") + " { aggregate { groupBy(by: [" + dimension + "], first: 1) { count } } } }";
                List<?> errors = GraphQLClient.post(query, Map.of()).extract().jsonPath().getList("errors");
                assertThat(query, errors == null, is(taken.contains(dimension)));
            }
        }
        assertThat(lists, is(18));
    }

    private static List<Map<String, Object>> allSources(JsonPath first) {
        List<Map<String, Object>> all = new ArrayList<>(first.getList("sources.nodes"));
        String rest = "{ sources(first: 100, after: \"" + first.getString("sources.pageInfo.endCursor") + "\") { nodes { publishedOn publisher } } }";
        all.addAll(GraphQLClient.post(rest, Map.of()).extract().jsonPath().getList("data.sources.nodes"));
        return all;
    }

    /** The groups of an answer: each group's key values (joined) and its count. */
    private static Map<String, Integer> groups(JsonPath answer, String list) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Map<String, Object> group : answer.<Map<String, Object>>getList(list + ".aggregate.groupBy")) {
            Object[] values = ((List<?>) group.get("keys")).stream().map(k -> ((Map<?, ?>) k).get("value")).toArray();
            groups.put(key(values), (Integer) group.get("count"));
        }
        return new TreeMap<>(groups);
    }

    private static Map<String, Integer> counted(List<Map<String, Object>> nodes, Function<Map<String, Object>, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, Object> node : nodes) {
            counts.merge(key.apply(node), 1, Integer::sum);
        }
        return counts;
    }

    private static String key(Object... values) {
        return Arrays.toString(values);
    }
}
