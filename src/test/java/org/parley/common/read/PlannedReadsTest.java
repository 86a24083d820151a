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
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.Database;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The differential test of the read planner: every query of the tests' documents and of docs/queries/ is answered
 * with the planner and without it (the resolvers it replaces), and the two answers must be the same JSON. An `ID`
 * variable is tried with an id of each planned type, so that each lookup meets an id it answers.
 */
@QuarkusTest
class PlannedReadsTest {

    @Inject
    ReadPlanner planner;

    @Inject
    Database database;

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URI graphql;

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

    /**
     * On a WebSocket, whose messages run on the event loop, the page's queries are planned too (their statements run on
     * a worker): the same answers as over HTTP, every root field planned.
     */
    @Test
    void theSameQueriesOnAWebSocketArePlanned() throws Exception {
        String conflict = GraphQLClient.data("ids").getString("conflicts.nodes[0].id");
        try (org.parley.GraphQLSocket socket = org.parley.GraphQLSocket.open(graphql)) {
            int n = 0;
            for (String query : pageQueries()) {
                long before = planner.planned();
                com.fasterxml.jackson.databind.JsonNode answer = socket.execute("q" + n++, query, Map.of("conflict", conflict));
                assertEquals("complete", socket.next().get("type").asText());
                int roots = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet().getSelections().size();
                assertEquals(roots, planner.planned() - before, "planned on the socket: " + query);
                assertEquals(json(answer(query, null, Map.of("conflict", conflict))), json(answer.toString()), query);
            }
        }
    }

    /** Selections the documents seldom make: aliases, fragments, directives, introspection, cursors, sizes; answered to the byte. */
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
                new String[] { "query($id: ID!) { round(id: $id) { id } talks(first: 1) { nodes { id } } }", "bm9wZToxMjM" },
                // agreements as of dates: where each stood, its provisions' status and what was overdue
                new String[] { "{ agreements { nodes { name stage(asOf: \"2023-08\") { stage date } s: stage { stage } stages(asOf: \"2022\") { stage date } "
                        + "parties(first: 3) { capacity party { name } } provisions { number deadline deadlinePrecision status(asOf: \"2022-12-31\") "
                        + "overdue(asOf: \"2030\") o: overdue st: status obligated { name } ledger(asOf: \"2023-07\", first: 2) { date status allegedBy { name } provision { number } } } } } }" },
                new String[] { "{ provisions(overdueAsOf: \"2030\") { totalCount nodes { number agreement { name conflict { name } } } } "
                        + "p: provisions(disputed: false, topic: PRISONERS) { totalCount } agreements(disputed: true) { totalCount } "
                        + "withdrawn: agreements(stage: WITHDRAWN, kind: CEASEFIRE) { nodes { name } } "
                        + "agreementStages(stage: SIGNED) { nodes { date agreement { name } party { name } } } "
                        + "implementationRecords(status: VIOLATED) { nodes { date allegedBy { name } } } }" },
                // evidence: claims and disputes, who a passage is attributed to
                new String[] { "{ events(disputed: false, first: 4) { nodes { date description claimedBy { name } disputedBy { name } citations { stance attributedTo { name kind } source { url } } } } "
                        + "e: events(textContains: \"SUMY\", first: 3) { totalCount nodes { place } } territories { nodes { name annexationDate annexationDatePrecision annexedBy { name } claimedBy { name } } } }" },
                new String[] { "{ conflicts { nodes { name startDate startDatePrecision parties { role from fromPrecision to toPrecision party { name } } "
                        + "now: parties(asOf: \"2025-07\") { role party { name } } then: parties(asOf: \"2014\") { role } "
                        + "agreements(first: 2) { name rounds { number } } events(first: 2) { date kind } territories(first: 2) { name } } } }" },
                new String[] { "{ parties(first: 5) { nodes { name agreements(first: 3) { name } commitments(first: 3) { number } conflicts { role conflict { name } } } } }" },
                // who said what, and who held which office when
                new String[] { "{ people(nameContains: \"ov\") { totalCount nodes { name party { name } offices { title from fromPrecision to toPrecision current party { name } } "
                        + "statements(first: 2) { text date datePrecision direct round { number } } } } "
                        + "offices(current: true, first: 5) { nodes { title person { name } } } statements(textContains: \"the\", first: 5) { nodes { speaker context person { name } party { name } } } "
                        + "parties(kind: STATE, first: 3) { nodes { people(first: 2) { name } offices(first: 2) { title } statements(first: 2) { text } } } }" },
                new String[] { "{ sources(first: 5, textContains: \"reuters\") { totalCount nodes { url title publishedOn publishedOnPrecision } } "
                        + "s: sources(publisher: \"a\", first: 3) { edges { cursor node { publisher } } } "
                        + "rounds(first: 3) { nodes { statements(first: 2) { text } agreements { name } } } }" });
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
            assertEquals(resolved, planned, query[0]); // as text: the keys in the selection's order too
        }
        assertTrue(planner.planned() - before >= 17, "planned: " + (planner.planned() - before));
    }

    /** The positions root's filters on the record as of a date, on being superseded and on disputes; a round's `meeting`. */
    @Test
    void positionsAsOfInForceAndDisputedAndMeetingArePlanned() {
        String query = "{ a: positions(filter: {asOf: \"2025-07\"}, first: 50) { totalCount nodes { text inForce } } "
                + "b: positions(filter: {inForce: false}) { totalCount nodes { text supersededBy { text } } } "
                + "c: positions(filter: {inForce: true, disputed: false, asOf: \"2022-03-29\", kind: PRECONDITION}) { totalCount nodes { text } } "
                + "d: positions(filter: {disputed: true, asOf: \"2025\"}) { totalCount } "
                + "rounds(first: 30) { nodes { number mode meeting } } }";
        long before = planner.planned();
        plannedAndResolved(query, Map.of(), query);
        assertEquals(5, planner.planned() - before, "every root field planned");
    }

    /** What positions answer and concern, what conditions they set, figures of events, and the lists that lead to positions. */
    @Test
    void positionLinksConditionsFiguresAndTheirListsArePlanned() {
        String query = "{ positions(first: 100) { nodes { text provision { number } responses(first: 2) { text } supersedes { text } "
                + "territories(first: 1) { name } t: territories { name } conditions { agreement { name } stage act } } } "
                + "events(first: 50) { nodes { description figures { quantity unit qualifier } f: figures(first: 1) { unit } } } "
                + "conflicts { nodes { talks(first: 1) { name } all: talks { name rounds(first: 2) { positions(first: 3) { text } } } } } "
                + "parties { nodes { delegations(first: 2) { round { number } } d: delegations { id } } } "
                + "people(first: 50) { nodes { positions { text } then: positions(asOf: \"2025-06\", first: 1) { text } } } "
                + "provisions { nodes { positions { kind text } } } agreements { nodes { preconditions(first: 2) { text conditions { stage act } } } } "
                + "territories { nodes { positions { text } then: positions(asOf: \"2022-03\") { text } } } }";
        long before = planner.planned();
        String planned = plannedAndResolved(query, Map.of(), query);
        assertEquals(8, planner.planned() - before, "every root field planned");
        assertTrue(!planned.contains("\"errors\"") && planned.contains("\"quantity\":") && planned.contains("\"conditions\":{\"agreement\":{"),
                planned);
    }

    /** A conflict's timeline: entries of seven types ranked and paged by offsets in SQL, forwards, backwards, between dates. */
    @Test
    void timelinesEqualTheResolvers() {
        String conflict = GraphQLClient.data("ids").getString("conflicts.nodes[0].id");
        String entries = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { kind title date datePrecision "
                + "node { __typename ... on Node { id } ... on Round { number city } ... on Outcome { kind } ... on Statement { text date } "
                + "... on Event { description figures { unit } } ... on Position { text party { name } } ... on AgreementStage { stage agreement { name } } "
                + "... on ImplementationRecord { status provision { number } } } } }";
        long before = planner.planned();
        String first = plannedAndResolved("query($c: ID!) { timeline(conflict: $c, first: 30) { " + entries + " } }", Map.of("c", conflict), "first page");
        String after = JsonPath.from(first).getString("data.timeline.pageInfo.endCursor");
        List<String> queries = List.of(
                "query($c: ID!, $a: String) { timeline(conflict: $c, first: 40, after: $a) { " + entries + " } }",
                "query($c: ID!, $a: String) { timeline(conflict: $c, last: 7, before: $a) { " + entries + " } }",
                "query($c: ID!) { timeline(conflict: $c, last: 12) { " + entries + " } n: timeline(conflict: $c) { nodes { kind date } } }",
                "query($c: ID!) { timeline(conflict: $c, from: \"2025-07\", to: \"2025-W31\", first: 100) { " + entries + " } }",
                "query($c: ID!) { timeline(conflict: $c, from: \"2023\", first: 0) { " + entries + " } }",
                "query($c: ID!, $a: String) { timeline(conflict: $c, after: $a, before: $a) { totalCount nodes { title } } }");
        for (String query : queries) {
            plannedAndResolved(query, Map.of("c", conflict, "a", after), query);
        }
        assertEquals(8, planner.planned() - before, "every timeline planned");
        // a well-formed id that names no conflict: the resolver's NOT_FOUND, planned or not
        notFoundAsResolved("query($c: ID!) { timeline(conflict: $c, first: 3) { totalCount } }", "c", "Conflict");
    }

    /**
     * A conflict's own timeline, nested under each conflict of a list, a lookup and `node`: on PostgreSQL the same
     * entries ranked and paged in SQL per conflict, each occurrence with its own arguments; on H2, the one field left
     * to the resolvers (it cannot name the conflict inside the rows' derived tables: docs/reads.md).
     */
    @Test
    void aConflictsTimelineEqualsTheResolvers() {
        String conflict = GraphQLClient.data("ids").getString("conflicts.nodes[0].id");
        String entries = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { kind title date "
                + "node { __typename ... on Node { id } ... on Round { number } ... on Position { text party { name } } "
                + "... on ImplementationRecord { status provision { number } } } } }";
        long before = planner.planned();
        String first = plannedAndResolved("{ conflicts { nodes { name timeline(first: 30) { " + entries + " } } } }", Map.of(), "first pages");
        String after = JsonPath.from(first).getString("data.conflicts.nodes[0].timeline.pageInfo.endCursor");
        List<String> queries = List.of(
                "query($a: String) { conflicts { nodes { timeline(first: 40, after: $a) { " + entries + " } b: timeline(last: 7, before: $a) { "
                        + entries + " } } } }",
                "{ conflicts { nodes { timeline(from: \"2025-07\", to: \"2025-W31\", first: 100) { " + entries + " } "
                        + "none: timeline(first: 0) { totalCount pageInfo { hasNextPage endCursor } } } } }",
                "query($c: ID!) { conflict(id: $c) { timeline(last: 12) { " + entries + " } } "
                        + "node(id: $c) { ... on Conflict { timeline { nodes { kind date } } } } }");
        for (String query : queries) {
            plannedAndResolved(query, Map.of("c", conflict, "a", after), query);
        }
        assertEquals(database == Database.POSTGRESQL ? 5 : 0, planner.planned() - before, "every conflict's timeline planned on PostgreSQL");
        // a page too large and a cursor that is none: the resolver's errors, planned or not
        for (String bad : List.of("{ conflicts { nodes { timeline(first: 500) { totalCount } } } }",
                "{ conflicts { nodes { timeline(after: \"no cursor\") { totalCount } } } }")) {
            assertTrue(plannedAndResolved(bad, Map.of(), bad).contains("\"errors\""), bad);
        }
    }

    /**
     * `compare` for every conflict and topic, today and on dates of each precision: the findings, their order, the
     * explanations and the verdict the rules give in Java; a conflict that does not exist, the resolver's NOT_FOUND.
     */
    @Test
    void comparisonsEqualTheResolvers() {
        String selection = "{ __typename topic asOf verdict conflict { name } stances { party { name } positions { id kind statedOn } } "
                + "findings { rule verdict position { id } meets { id party { name } } territories { name } explanation } "
                + "provisionFindings { rule verdict position { id } provision { number agreement { name } } explanation } }";
        for (String conflict : GraphQLClient.data("ids").getList("conflicts.nodes.id", String.class)) {
            for (String asOf : java.util.Arrays.asList(null, "2022-03", "2022-W13", "2025-05-16", "2025", "2026-01-24")) {
                StringBuilder query = new StringBuilder("query($c: ID!, $asOf: PartialDate) {");
                for (org.parley.common.value.Topic topic : org.parley.common.value.Topic.values()) {
                    query.append(" t").append(topic.ordinal()).append(": compare(conflict: $c, topic: ").append(topic).append(", asOf: $asOf) ")
                            .append(selection);
                }
                Map<String, Object> variables = new HashMap<>();
                variables.put("c", conflict);
                variables.put("asOf", asOf);
                long before = planner.planned();
                plannedAndResolved(query.append(" }").toString(), variables, conflict + " as of " + asOf);
                assertEquals(org.parley.common.value.Topic.values().length, planner.planned() - before, "every comparison planned");
            }
        }
        notFoundAsResolved("query($c: ID!) { compare(conflict: $c, topic: TERRITORY) { verdict } }", "c", "Conflict");
    }

    /** The roots besides connections and lookups of the record types: outcomes, talksById, positionHistory. */
    @Test
    void outcomesTalksByIdAndPositionHistoryEqualTheResolvers() {
        JsonPath ids = GraphQLClient.data("ids");
        String round = ids.getString("rounds.nodes[0].id");
        String talks = ids.getString("talks.nodes[0].id");
        long before = planner.planned();
        plannedAndResolved("{ outcomes(first: 50) { totalCount edges { cursor node { id kind description round { number } } } pageInfo { hasNextPage endCursor } } "
                + "agreed: outcomes(kind: AGREEMENT, disputed: false) { nodes { description } } }", Map.of(), "outcomes");
        plannedAndResolved("query($r: ID!) { outcomes(round: $r, last: 2) { nodes { kind } pageInfo { hasPreviousPage } } }", Map.of("r", round), "a round's");
        plannedAndResolved("query($t: ID!) { talksById(id: $t) { name rounds(first: 3) { number city } } }", Map.of("t", talks), "talksById");
        assertEquals(4, planner.planned() - before, "every root field planned");
        for (String party : ids.getList("parties.nodes.id", String.class)) {
            for (org.parley.common.value.Topic topic : org.parley.common.value.Topic.values()) {
                before = planner.planned();
                plannedAndResolved("query($p: ID!, $t: Topic!) { positionHistory(party: $p, topic: $t) { id kind text statedOn supersedes { id } "
                        + "supersededBy { id } round { number } sources(first: 2) { url } } }", Map.of("p", party, "t", topic.name()), party + " " + topic);
                assertEquals(1, planner.planned() - before, "planned: " + party + " " + topic);
            }
        }
        notFoundAsResolved("query($p: ID!) { positionHistory(party: $p, topic: TERRITORY) { id } }", "p", "Party");
    }

    /** Relay's `node(id:)` for a record of each type: its fragments for the type the id names, the others left out. */
    @Test
    void nodeOfEveryTypeEqualsTheResolvers() {
        JsonPath ids = GraphQLClient.data("ids");
        List<String> nodes = new ArrayList<>();
        for (String list : List.of("conflicts", "parties", "people", "talks", "rounds", "positions", "sources", "events", "agreements",
                "provisions", "territories")) {
            nodes.add(ids.getString(list + ".nodes[0].id"));
            nodes.add(ids.getString(list + ".nodes[-1].id"));
        }
        String query = "query($id: ID!) { node(id: $id) { __typename id ... on Round { number date talks { name } delegations(first: 2) { party { name } } } "
                + "... on Position { text kind party { name } } ... on Party { name partyKind: kind } ... on Person { name offices { title } } "
                + "... on Talks { name rounds(first: 2) { number } } ... on Agreement { name stage { stage date } provisions(first: 2) { number status } } "
                + "... on Source { url publishedOn } ... on Node { i: id } ... Named } } "
                + "fragment Named on Conflict { name startDate parties { role } }";
        long before = planner.planned();
        for (String id : nodes) {
            planner.enable(true);
            String planned = answer(query, null, Map.of("id", id));
            planner.enable(false);
            String resolved = answer(query, null, Map.of("id", id));
            assertEquals(json(resolved), json(planned), id);
            assertTrue(!planned.contains("\"errors\""), planned);
        }
        assertEquals(before + nodes.size(), planner.planned(), "planned");
        // nothing has this id (a type with no record of that key): null, as the resolver answers, still planned
        String none = GlobalId.encode("Round", 999_999_999L);
        planner.enable(true);
        assertEquals(json(answer(query, null, Map.of("id", none))), json("{\"data\":{\"node\":null}}"));
    }

    /** The queries of the page at / (parley.js, its constants put in as the page does), for each conflict: the same answers, all planned. */
    @Test
    void thePagesQueriesEqualTheResolvers() throws IOException {
        List<String> conflicts = GraphQLClient.data("ids").getList("conflicts.nodes.id", String.class);
        int planned = 0;
        int counts = 0;
        List<String> queries = pageQueries();
        for (String query : queries) {
            for (String conflict : conflicts) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("conflict", conflict);
                planner.enable(true);
                long before = planner.planned();
                String answer = answer(query, null, variables);
                planned += planner.planned() > before ? 1 : 0;
                counts += query.contains("aggregate") ? 1 : 0;
                assertTrue(!answer.contains("\"errors\""), answer);
                planner.enable(false);
                assertEquals(json(answer(query, null, variables)), json(answer), query);
            }
        }
        // every one: the conflicts, the topics to compare, the timeline, the agreements, the disputed records, the
        // stances, the counts
        assertEquals(2 * conflicts.size(), counts, "the page's counts");
        assertEquals(queries.size() * conflicts.size(), planned, "page queries planned");
    }

    /**
     * The page's queries: its constants and page sizes substituted; the stances' comparison, which the page builds
     * with one `compare` per topic it finds, asked for every topic.
     */
    private static List<String> pageQueries() throws IOException {
        String script = Files.readString(Path.of("src", "main", "resources", "META-INF", "resources", "parley.js"));
        Map<String, String> constants = new HashMap<>();
        java.util.regex.Matcher constant = java.util.regex.Pattern.compile("const ([A-Z_]+) = (?:\\(first\\) => )?`([^`]*)`;").matcher(script);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        List<String> queries = new ArrayList<>();
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("graphql\\((?:`([^`]*)`|'([^']*)'|([A-Z_]+),)").matcher(script);
        while (call.find()) {
            String query = call.group(1) != null ? call.group(1) : call.group(2) != null ? call.group(2) : constants.get(call.group(3));
            query = constants(query, constants);
            if (!query.contains("${")) {
                queries.add(query);
            }
        }
        assertTrue(queries.size() >= 4, "page queries: " + queries);
        assertTrue(queries.stream().anyMatch(q -> q.contains("head: timeline(")), "the page's timeline, from both ends: " + queries);
        java.util.regex.Matcher compare = java.util.regex.Pattern.compile("`t\\$\\{i}: (compare\\([^`]*)`").matcher(script);
        assertTrue(compare.find(), "the page's comparison");
        StringBuilder stances = new StringBuilder("query Stances($conflict: ID!, $asOf: PartialDate) {");
        for (org.parley.common.value.Topic topic : org.parley.common.value.Topic.values()) {
            stances.append(" t").append(topic.ordinal()).append(": ").append(constants(compare.group(1), constants).replace("${topic}", topic.name()));
        }
        queries.add(stances.append(" }").toString());
        return queries;
    }

    /** A query of the page with its constants put in. */
    private static String constants(String query, Map<String, String> constants) {
        for (int round = 0; round < 3; round++) { // constants name constants
            java.util.regex.Matcher use = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+)(?:\\((\\d+)\\))?}").matcher(query);
            query = use.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    constants.get(m.group(1)).replace("${first}", m.group(2) == null ? "" : m.group(2))));
        }
        return query;
    }

    private static final List<String> PAGED_LISTS = List.of("talks", "rounds", "positions", "delegations", "conflicts", "agreements",
            "agreementStages", "agreementParties", "provisions", "implementationRecords", "events", "territories", "parties", "people",
            "offices", "statements", "sources");

    /** After the last page's cursor of each planned connection, paging on gives what the resolvers give. */
    @Test
    void pagingThroughEqualsTheResolvers() {
        for (String list : PAGED_LISTS) {
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

    /**
     * Each term of each root list's `orderBy` (read by introspection, so a new one is compared too), paged through
     * forwards by its cursors and one page back from the end, planned as the resolvers answer.
     */
    @Test
    void everyOrderOfEveryRootListEqualsTheResolvers() {
        var schema = GraphQLClient.post("{ __schema { queryType { fields { name args { name type { ofType { ofType { name } } } } } } } }", Map.of())
                .extract().jsonPath();
        long before = planner.planned();
        int compared = 0;
        for (String list : schema.<String>getList("data.__schema.queryType.fields.name")) {
            String orders = schema.getString("data.__schema.queryType.fields.find { it.name == '" + list
                    + "' }.args.find { it.name == 'orderBy' }.type.ofType.ofType.name");
            if (orders == null) {
                continue;
            }
            List<String> terms = GraphQLClient.post("{ __type(name: \"" + orders + "\") { enumValues { name } } }", Map.of())
                    .extract().jsonPath().getList("data.__type.enumValues.name");
            for (String term : terms) {
                String query = "query($after: String, $last: Int) { " + list + "(orderBy: [" + term + "], first: 20, after: $after, last: $last) "
                        + "{ totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
                Map<String, Object> variables = new HashMap<>();
                for (int page = 0; page < 20; page++) {
                    var path = io.restassured.path.json.JsonPath.from(plannedAndResolved(query, variables, list + " " + term + " " + variables));
                    compared++;
                    if (!path.getBoolean("data." + list + ".pageInfo.hasNextPage")) {
                        break;
                    }
                    variables.put("after", path.getString("data." + list + ".pageInfo.endCursor"));
                }
                String backwards = "{ " + list + "(orderBy: [" + term + "], last: 3) { edges { cursor node { id } } pageInfo { hasPreviousPage startCursor } } }";
                plannedAndResolved(backwards, Map.of(), backwards);
            }
        }
        assertTrue(compared >= 40, "compared " + compared);
        assertTrue(planner.planned() - before >= compared, "planned " + (planner.planned() - before) + " of " + compared);
    }

    /**
     * Every dimension of every root list's `aggregate`, alone and with each other it takes, and sizes, days and
     * filters: planned and resolved, the same groups, counts, shares, keys and records; a dimension a list does not
     * take, or one named twice, the resolver's error on both.
     */
    @Test
    void everyGroupingOfEveryRootListEqualsTheResolvers() {
        String groups = " { count share keys { dimension value node { __typename id ... on Party { name } ... on Agreement { name } } } }";
        long before = planner.planned();
        int planned = 0;
        for (String list : PAGED_LISTS) {
            List<String> taken = new ArrayList<>();
            for (org.parley.common.aggregate.Dimension dimension : org.parley.common.aggregate.Dimension.values()) {
                String query = "{ " + list + "(first: 0) { aggregate { count groupBy(by: [" + dimension + "], first: 100)" + groups + " } } }";
                if (!plannedAndResolved(query, Map.of(), query).contains("\"errors\"")) {
                    taken.add(dimension.name());
                    planned++;
                }
            }
            assertTrue(!taken.isEmpty(), list + " groups by nothing");
            for (String a : taken) {
                for (String b : taken) {
                    String by = a.equals(b) ? a : a + ", " + b;
                    String query = "{ " + list + "(first: 1) { totalCount nodes { id } aggregate { groupBy(by: [" + by + "], first: 100)" + groups
                            + " few: groupBy(by: [" + by + "], first: 2) { count share } } } }";
                    plannedAndResolved(query, Map.of(), query);
                    planned += a.equals(b) ? 1 : 0;
                }
            }
            for (String query : new String[] { "{ " + list + " { aggregate { all: groupBy(by: []) { count share keys { value } } none: groupBy(by: [], first: 0) { count } "
                    + "twice: groupBy(by: [" + taken.get(0) + ", " + taken.get(0) + "]) { count } } } }" }) {
                plannedAndResolved(query, Map.of(), query);
            }
        }
        for (String asOf : new String[] { "2022", "2023-06", "2025-01-15", "2099" }) {
            String query = "{ provisions { aggregate { groupBy(by: [STATUS, AGREEMENT], asOf: \"" + asOf + "\", first: 100)" + groups + " } } }";
            plannedAndResolved(query, Map.of(), query);
            planned++;
        }
        for (String query : new String[] { "{ positions(filter: {kind: RED_LINE}) { aggregate { count groupBy(by: [PARTY, TOPIC], first: 100)" + groups + " } } }",
                "{ implementationRecords(status: IMPLEMENTED) { aggregate { count groupBy(by: [AGREEMENT, YEAR], first: 100)" + groups + " } } }",
                "{ rounds(from: \"2022-03\") { aggregate { count groupBy(by: [MONTH, STATUS], first: 100)" + groups + " } } }" }) {
            plannedAndResolved(query, Map.of(), query);
            planned++;
        }
        assertTrue(planned >= 60, "compared " + planned);
        assertTrue(planner.planned() - before >= planned, "planned " + (planner.planned() - before) + " of " + planned);
    }

    /**
     * Every term of every nested list's `orderBy` (found by introspection), under each record of its type's root list:
     * planned and resolved, the same items in the same order.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyOrderOfEveryNestedListEqualsTheResolvers() {
        var schema = GraphQLClient.post("{ __schema { queryType { name } types { name kind fields { name type { name ofType { name } } "
                + "args { name type { ofType { ofType { name } } } } } } } }", Map.of()).extract().jsonPath();
        Map<String, String> rootOfType = new HashMap<>(); // Round -> rounds, through RoundConnection
        for (Map<String, Object> root : schema.<Map<String, Object>>getList("data.__schema.types.find { it.name == 'Query' }.fields")) {
            Map<?, ?> wrapped = (Map<?, ?>) root.get("type");
            String type = (String) (wrapped.get("name") != null ? wrapped.get("name") : ((Map<?, ?>) wrapped.get("ofType")).get("name"));
            if (type != null && type.endsWith("Connection")) {
                rootOfType.putIfAbsent(type.substring(0, type.length() - "Connection".length()), (String) root.get("name"));
            }
        }
        long before = planner.planned();
        int compared = 0;
        for (Map<String, Object> type : schema.<Map<String, Object>>getList("data.__schema.types")) {
            String root = rootOfType.get(type.get("name"));
            if (!"OBJECT".equals(type.get("kind")) || type.get("name").equals("Query") || root == null) {
                continue;
            }
            for (Map<String, Object> field : schema.<Map<String, Object>>getList("data.__schema.types.find { it.name == '" + type.get("name")
                    + "' }.fields.findAll { it.args.any { a -> a.name == 'orderBy' } }")) {
                String orders = ((List<Map<String, Object>>) field.get("args")).stream().filter(a -> a.get("name").equals("orderBy"))
                        .map(a -> (String) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) a.get("type")).get("ofType")).get("ofType")).get("name"))
                        .findFirst().orElseThrow();
                for (String term : GraphQLClient.post("{ __type(name: \"" + orders + "\") { enumValues { name } } }", Map.of())
                        .extract().jsonPath().<String>getList("data.__type.enumValues.name")) {
                    String query = "{ " + root + "(first: 100) { nodes { id " + field.get("name") + "(orderBy: [" + term + "], first: 100) { id } } } }";
                    String planned = plannedAndResolved(query, Map.of(), type.get("name") + "." + field.get("name") + " " + term);
                    assertTrue(!planned.contains("\"errors\""), planned);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 40, "compared " + compared);
        assertTrue(planner.planned() - before >= compared, "planned " + (planner.planned() - before) + " of " + compared);
    }

    /** The lists standing on a date (`asOf`) in a chosen order, planned as resolved; and by two terms at once. */
    @Test
    void orderedListsOnADateEqualTheResolvers() {
        long before = planner.planned();
        List<String> queries = List.of(
                "parties(first: 100) { nodes { id positions(asOf: $asOf, orderBy: [KIND_DESC, STATED_ON_DESC], first: 100) { id } "
                        + "redLines(asOf: $asOf, orderBy: [TOPIC_ASC], first: 100) { id } offices(orderBy: [TITLE_ASC, FROM_DESC]) { id } } }",
                "delegations(first: 100) { nodes { id positions(asOf: $asOf, orderBy: [TOPIC_DESC, KIND_ASC], first: 100) { id } "
                        + "redLines(orderBy: [STATED_ON_DESC], first: 100) { id } } }",
                "people(first: 100) { nodes { id positions(asOf: $asOf, orderBy: [STATED_ON_DESC]) { id } } } "
                        + "territories(first: 100) { nodes { id positions(asOf: $asOf, orderBy: [KIND_ASC, STATED_ON_DESC]) { id } } }",
                "agreements(first: 20) { nodes { id stages(asOf: $asOf, orderBy: [STAGE_DESC, DATE_DESC], first: 3) { id } "
                        + "provisions(first: 50) { id ledger(asOf: $asOf, orderBy: [STATUS_ASC, DATE_DESC], first: 2) { id } } } }");
        for (String asOf : List.of("2022-03", "2024", "2026-02-26")) {
            for (String query : queries) {
                String planned = plannedAndResolved("query($asOf: PartialDate) { " + query + " }", Map.of("asOf", asOf), query + " on " + asOf);
                assertTrue(!planned.contains("\"errors\""), planned);
            }
        }
        assertTrue(planner.planned() - before >= 12, "planned " + (planner.planned() - before));
    }

    /** Backwards from the end with `last` and `before`, and `first` with `last`, as the resolvers page. */
    @Test
    void pagingBackwardsEqualsTheResolvers() {
        for (String list : PAGED_LISTS) {
            String before = null;
            for (int page = 0; page < 50; page++) {
                String query = "query($before: String) { " + list + "(last: 2, before: $before) { totalCount edges { cursor node { id } } "
                        + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
                Map<String, Object> variables = new HashMap<>();
                variables.put("before", before);
                String planned = plannedAndResolved(query, variables, list + " before " + before);
                var path = io.restassured.path.json.JsonPath.from(planned);
                if (!path.getBoolean("data." + list + ".pageInfo.hasPreviousPage")) {
                    break;
                }
                before = path.getString("data." + list + ".pageInfo.startCursor");
            }
            String query = "{ " + list + "(first: 3, last: 2) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
            String window = plannedAndResolved(query, new HashMap<>(), list + " first 3 last 2");
            String after = io.restassured.path.json.JsonPath.from(window).getString("data." + list + ".pageInfo.startCursor");
            if (after != null) {
                Map<String, Object> cursors = new HashMap<>();
                cursors.put("after", after);
                cursors.put("before", after);
                plannedAndResolved("query($after: String, $before: String) { " + list + "(after: $after, last: 1) { nodes { id } "
                        + "pageInfo { hasNextPage hasPreviousPage } } none: " + list + "(after: $after, before: $before) { nodes { id } } }",
                        cursors, list + " after and before");
            }
        }
    }

    /** The query asked with a well-formed id of the type that names no record: the resolver's NOT_FOUND, planned or not. */
    private void notFoundAsResolved(String query, String variable, String type) {
        String missing = plannedAndResolved(query, Map.of(variable, GlobalId.encode(type, 987654)), "missing " + type);
        assertTrue(missing.contains("NOT_FOUND"), missing);
    }

    /** The planned answer, once it equals the resolvers'. */
    private String plannedAndResolved(String query, Map<String, Object> variables, String what) {
        planner.enable(true);
        String planned = answer(query, null, variables);
        planner.enable(false);
        String resolved = answer(query, null, variables);
        planner.enable(true);
        assertEquals(json(resolved), json(planned), what);
        return planned;
    }

    private static boolean isId(VariableDefinition definition) {
        return definition.getType().toString().contains("name='ID'");
    }

    /** One set of variables per planned type's id, the other variables of the documents given once. */
    private static List<Map<String, Object>> variableSets() {
        var ids = GraphQLClient.data("ids");
        List<Map<String, Object>> sets = new ArrayList<>();
        for (String list : List.of("rounds", "talks", "parties", "people", "positions", "delegations", "conflicts", "agreements",
                "provisions", "events", "territories")) {
            String id = ids.getString(list + ".nodes[0].id");
            if (id == null) {
                continue;
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            for (String name : List.of("id", "round", "talks", "party", "person", "position", "conflict", "agreement", "provision", "event")) {
                variables.put(name, id);
            }
            variables.put("first", 3);
            variables.put("text", "Russia"); // search's words
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
