package org.parley.common.read;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The differential test of the read planner: every query of the tests' documents and of docs/queries/ is answered
 * with the planner and without it (the resolvers it replaces), and the two answers must be the same JSON. An `ID`
 * variable is tried with an id of each planned type, so that each lookup meets an id it answers.
 */
@QuarkusTest
class PlannedReadsTest {

    @Inject
    ReadPlanner planner;

    @AfterEach
    void plannerBackOn() {
        planner.enable(true);
    }

    @Test
    void plannedAnswersEqualTheResolvers() throws IOException {
        List<Map<String, Object>> variableSets = variableSets();
        int compared = 0;
        long plannedBefore = planner.planned();
        for (Path file : documents()) {
            String text = Files.readString(file);
            Document document;
            try {
                document = Parser.parse(text);
            } catch (graphql.parser.InvalidSyntaxException e) {
                continue; // a test of bad documents: refused before any read
            }
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
                    continue;
                }
                boolean takesIds = operation.getVariableDefinitions().stream().anyMatch(PlannedReadsTest::isId);
                for (Map<String, Object> variables : takesIds ? variableSets : variableSets.subList(0, 1)) {
                    Map<String, Object> given = new HashMap<>();
                    for (VariableDefinition definition : operation.getVariableDefinitions()) {
                        if (variables.containsKey(definition.getName())) {
                            given.put(definition.getName(), variables.get(definition.getName()));
                        }
                    }
                    String where = file + " " + operation.getName() + " " + given;
                    planner.enable(true);
                    String planned = answer(text, operation.getName(), given);
                    planner.enable(false);
                    String resolved = answer(text, operation.getName(), given);
                    assertEquals(json(resolved), json(planned), where);
                    compared++;
                }
            }
        }
        assertTrue(compared > 50, "compared " + compared);
        long planned = planner.planned() - plannedBefore;
        assertTrue(planned >= 20, "root fields planned: " + planned); // the comparison is of planned answers, not of two resolver runs
    }

    @Test
    void theBenchQueriesArePlanned() {
        String round = GraphQLClient.data("ids").getString("rounds.nodes[0].id");
        for (String[] query : new String[][] {
                { """
                        { talks(first: 20) { totalCount nodes { name rounds(first: 10) { number date city
                            delegations(first: 5) { party { name } head { name } members(first: 5) { name }
                              redLines(first: 10) { topic text sources(first: 3) { url } } }
                            outcomes(first: 5) { kind description } } } } }""", null },
                { "query($id: ID!) { round(id: $id) { number date city status delegations { party { name } head { name } } outcomes { kind } } }", round },
                { "{ positions(filter: {topic: TERRITORY, kind: RED_LINE}, first: 20) { totalCount nodes { text statedOn party { name } } } }", null } }) {
            long before = planner.planned();
            String body = answer(query[0], null, query[1] == null ? Map.of() : Map.of("id", query[1]));
            assertTrue(!body.contains("\"errors\""), body);
            assertEquals(before + 1, planner.planned(), "planned: " + query[0]);
        }
    }

    /** Selections the documents seldom make: aliases, fragments, directives, introspection, cursors, sizes. */
    @Test
    void plannedSelectionsOfEveryShapeEqualTheResolvers() {
        String round = GraphQLClient.data("ids").getString("rounds.nodes[0].id");
        String cursor = GraphQLClient.data("ids").getString("positions.nodes[0].id"); // not a cursor: both refuse it
        List<String[]> queries = List.of(
                new String[] { "{ talks(first: 2) { __typename nodes { __typename id rounds(first: 1) { __typename date } } edges { __typename cursor node { __typename name } } pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } } }" },
                new String[] { "query($id: ID!, $with: Boolean!) { a: round(id: $id) { n: number ...R d2: date @include(if: $with) c: city @skip(if: $with) } b: round(id: $id) { status } } fragment R on Round { date delegations(first: 1) { ... on Delegation { party { name } } } }", round },
                new String[] { "{ positions(first: 2) { pageInfo { endCursor } } }" },
                new String[] { "{ rounds(first: 0) { totalCount nodes { id } pageInfo { hasNextPage startCursor } } }" },
                new String[] { "{ rounds(first: 101) { nodes { id } } }" },
                new String[] { "{ talks(first: 1) { nodes { rounds(first: -1) { number } } } }" },
                new String[] { "{ positions(after: \"" + cursor + "\") { nodes { id } } }" },
                new String[] { "{ positions(filter: {textContains: \"100%_\"}) { totalCount } }" },
                new String[] { "{ parties: talks { nodes { host { name kind description createdAt updatedAt createdBy version } } } }" },
                new String[] { "query($id: ID!) { round(id: $id) { delegations { redLines(asOf: \"2025-06\") { text inForce } positions(asOf: \"2025\", first: 2) { statedOn disputed citations(first: 1) { quote stance source { title publishedOn } } } } } }", round },
                new String[] { "query($id: ID!) { round(id: $id) { delegations { party { redLines { text } positions(asOf: \"2025-05-20\") { text } } } } }", round },
                new String[] { "query($id: ID!) { round(id: $id) { id } talks(first: 1) { nodes { id } } }", "bm9wZToxMjM" });
        long before = planner.planned();
        for (String[] query : queries) {
            Map<String, Object> variables = new HashMap<>();
            if (query.length > 1) {
                variables.put("id", query[1]);
                variables.put("with", true);
            }
            planner.enable(true);
            String planned = answer(query[0], null, variables);
            planner.enable(false);
            String resolved = answer(query[0], null, variables);
            assertEquals(json(resolved), json(planned), query[0]);
        }
        assertTrue(planner.planned() - before >= 8, "planned: " + (planner.planned() - before));
    }

    /** After the last page's cursor of each planned connection, paging on gives what the resolvers give. */
    @Test
    void pagingThroughEqualsTheResolvers() {
        for (String list : List.of("talks", "rounds", "positions", "delegations")) {
            String after = null;
            for (int page = 0; page < 50; page++) {
                String query = "query($after: String) { " + list + "(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }";
                Map<String, Object> variables = new HashMap<>();
                variables.put("after", after);
                planner.enable(true);
                String planned = answer(query, null, variables);
                planner.enable(false);
                String resolved = answer(query, null, variables);
                assertEquals(json(resolved), json(planned), list + " after " + after);
                var path = io.restassured.path.json.JsonPath.from(planned);
                if (!path.getBoolean("data." + list + ".pageInfo.hasNextPage")) {
                    break;
                }
                after = path.getString("data." + list + ".pageInfo.endCursor");
            }
        }
    }

    private static boolean isId(VariableDefinition definition) {
        return definition.getType().toString().contains("name='ID'");
    }

    /** One set of variables per planned type's id, the other variables of the documents given once. */
    private static List<Map<String, Object>> variableSets() {
        var ids = GraphQLClient.data("ids");
        List<Map<String, Object>> sets = new ArrayList<>();
        for (String list : List.of("rounds", "talks", "parties", "people", "positions", "delegations", "conflicts")) {
            String id = ids.getString(list + ".nodes[0].id");
            if (id == null) {
                continue;
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            for (String name : List.of("id", "round", "talks", "party", "person", "position", "conflict")) {
                variables.put(name, id);
            }
            variables.put("first", 3);
            sets.add(variables);
        }
        return sets;
    }

    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path directory : List.of(Path.of("src", "test", "resources", "graphql"), Path.of("docs", "queries"))) {
            try (Stream<Path> listing = Files.list(directory)) {
                listing.filter(p -> p.toString().endsWith(".graphql")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String answer(String query, String operationName, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then().extract().asString();
    }

    private static Object json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Object.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
