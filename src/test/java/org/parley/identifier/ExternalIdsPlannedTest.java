package org.parley.identifier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.smallWorld;
import static org.parley.editing.EditorClient.unique;
import static org.parley.identifier.ExternalIdsTest.id;
import static org.parley.identifier.ExternalIdsTest.number;
import static org.parley.identifier.ExternalIdsTest.write;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.common.read.ReadPlanner;
import org.parley.editing.EditingProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * `externalIds` read by the planner and by the resolvers give the same JSON, on records that carry identifiers (the
 * bundled record has none, so PlannedReadsTest never meets one).
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ExternalIdsPlannedTest {

    @Inject
    ReadPlanner planner;

    @Test
    void plannedReadsOfIdentifiersEqualTheResolvers() {
        String source = smallWorld().get("source");
        String name = unique("Planned");
        write("CreateParty", vars("input", input("name", name, "kind", "STATE", "sources", List.of(source), "externalIds",
                List.of(id("WIKIDATA", "Q" + number(), source), Map.of("scheme", "UCDP_ACTOR", "value", number(), "citations",
                        List.of(Map.of("source", source, "quote", "an actor", "stance", "SUPPORTS")))))));
        String query = "query($name: String) { parties(nameContains: $name) { nodes { name externalIds { scheme value url "
                + "createdBy version sources(first: 1) { url } citations { quote stance source { id } } } "
                + "first: externalIds(first: 1) { value } } } }";
        long before = planner.planned();
        String planned = GraphQLClient.post(query, vars("name", name)).extract().asString();
        assertThat(planner.planned(), is(before + 1));
        assertThat(resolved(query, vars("name", name)), is(planned));
        assertThat(planned, containsString("\"scheme\":\"UCDP_ACTOR\""));
        assertThat(planned, containsString("\"quote\":\"an actor\""));
    }

    /**
     * `byExternalId` planned and resolved gives the same record, of whichever type the identifier names; an
     * identifier nobody holds is null, a malformed one the resolver's error, on both.
     */
    @Test
    void lookupsByIdentifierEqualTheResolvers() {
        String source = smallWorld().get("source");
        String wikidata = "Q" + number();
        String actor = number();
        write("CreateParty", vars("input", input("name", unique("Looked up"), "kind", "STATE", "sources", List.of(source), "externalIds",
                List.of(id("WIKIDATA", wikidata, source), id("UCDP_ACTOR", actor, source)))));
        String lookup = "query($s: ExternalIdScheme!, $v: String!) { found: byExternalId(scheme: $s, value: $v) { __typename id "
                + "... on Party { name kind externalIds { scheme value url } citations { quote } } ... on Agreement { name } "
                + "... on Conflict { name } } }";
        for (Map<String, Object> variables : List.of(Map.<String, Object>of("s", "WIKIDATA", "v", wikidata), Map.<String, Object>of("s",
                "UCDP_ACTOR", "v", actor))) {
            long before = planner.planned();
            String planned = GraphQLClient.post(lookup, variables).extract().asString();
            assertThat(planner.planned(), is(before + 1));
            assertThat(planned, containsString("\"__typename\":\"Party\""));
            assertThat(resolved(lookup, variables), is(planned));
        }
        for (Map<String, Object> variables : List.of(Map.<String, Object>of("s", "WIKIDATA", "v", "Q9" + number()),
                Map.<String, Object>of("s", "WIKIDATA", "v", "not-an-identifier"))) {
            assertThat(resolved(lookup, variables), is(GraphQLClient.post(lookup, variables).extract().asString()));
        }
    }

    private String resolved(String query, Map<String, Object> variables) {
        planner.enable(false);
        try {
            return GraphQLClient.post(query, variables).extract().asString();
        } finally {
            planner.enable(true);
        }
    }
}
