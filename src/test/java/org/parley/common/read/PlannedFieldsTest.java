package org.parley.common.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The fields of the record types that the planner does not read, each of which makes a read fall back whole to the
 * resolvers: the list docs/reads.md gives, kept by this test from growing unseen.
 */
@QuarkusTest
class PlannedFieldsTest {

    @Inject
    ReadModel model;

    @Test
    void theFieldsNotPlannedAreTheListedOnes() throws IOException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql")));
        Map<String, EntityTable> tables = model.tables().stream().collect(Collectors.toMap(EntityTable::typeName, Function.identity()));
        Set<String> unplanned = new TreeSet<>();
        for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
            EntityTable table = tables.get(type.getName());
            if (table == null) {
                continue;
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                if (table.field(field.getName()) instanceof FieldRead.Unplanned) {
                    unplanned.add(type.getName() + "." + field.getName());
                }
            }
        }
        // none left: a conflict's timeline, the last, is planned as the root timeline is (on PostgreSQL: H2 leaves it to the
        // resolvers, PlannedReadsTest.aConflictsTimelineEqualsTheResolvers)
        assertEquals(Set.of(), unplanned);
    }

    /**
     * The root fields of Query the planner does not answer (`node` is answered for every type it knows; `search`'s
     * hits are ranked in Java and their records read by the planner).
     */
    @Test
    void theRootFieldsNotPlannedAreTheListedOnes() throws IOException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql")));
        ObjectTypeDefinition query = schema.getType("Query", ObjectTypeDefinition.class).orElseThrow();
        Set<String> unplanned = query.getFieldDefinitions().stream().map(FieldDefinition::getName)
                .filter(name -> !name.equals("node") && model.root(name) == null).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unplanned);
    }

    /** Every subscription's events are records of a type read by key (ReadPlanner.events): a new feed of another type fails here. */
    @Test
    void everySubscriptionsEventsAreOfAPlannedType() throws IOException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql")));
        ObjectTypeDefinition subscription = schema.getType("Subscription", ObjectTypeDefinition.class).orElseThrow();
        Set<String> unplanned = new TreeSet<>();
        for (FieldDefinition field : subscription.getFieldDefinitions()) {
            String type = graphql.schema.idl.TypeUtil.unwrapAll(field.getType()).getName();
            if (model.nodeTable(type) == null) {
                unplanned.add(field.getName() + ": " + type);
            }
        }
        assertEquals(5, subscription.getFieldDefinitions().size());
        assertEquals(Set.of(), unplanned);
    }
}
