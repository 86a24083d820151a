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
        planner.enable(false);
        try {
            assertThat(GraphQLClient.post(query, vars("name", name)).extract().asString(), is(planned));
        } finally {
            planner.enable(true);
        }
        assertThat(planned, containsString("\"scheme\":\"UCDP_ACTOR\""));
        assertThat(planned, containsString("\"quote\":\"an actor\""));
    }
}
