package org.parley.common.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parley.common.execution.PlannedExecution;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * A planned answer completed at once from its rows ({@link PlannedCompletion}) is graphql-java's answer as SmallRye
 * writes it, keys in the same order, errors and all: each query runs twice on one small schema, once by {@link PlannedExecution} and once by
 * graphql-java's own strategy with every field read from its row by {@link ReadPlanner#valueOf}, as the planned
 * fetcher does.
 */
class PlannedCompletionTest {

    private static final String SDL = """
            type Query { party(id: ID): Party parties: [Party!]! named: [Named!]! strict: Party! }
            interface Named { name: String! }
            enum Kind { STATE ARMED_GROUP }
            type Party implements Named { id: ID! name: String! kind: Kind size: Int members: [Person!] }
            type Person implements Named { name: String! age: Int }
            """;

    private static PlannedRow row(String type, Object... keysAndValues) {
        PlannedRow row = new PlannedRow(type, keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    /** Runs {@code query} with these root values, by the given strategy; counts the fields fetched. */
    private static ExecutionResult run(ExecutionStrategy strategy, String query, Map<String, Object> roots, Map<String, Object> variables,
            AtomicInteger fetched) {
        DataFetcher<Object> fromRow = environment -> ReadPlanner.valueOf(environment.getSource(), environment); // as RequestLimits.PLANNED
        TypeResolver byRow = environment -> environment.getSchema().getObjectType(((PlannedRow) environment.getObject()).type());
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.defaultDataFetcher(environment -> roots.get(environment.getMergedField().getResultKey())))
                .type("Named", type -> type.typeResolver(byRow))
                .codeRegistry(graphql.schema.GraphQLCodeRegistry.newCodeRegistry().defaultDataFetcher(environment -> fromRow))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        GraphQL graphQL = GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).instrumentation(new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
                fetched.incrementAndGet();
                return null;
            }
        }).build();
        return graphQL.execute(ExecutionInput.newExecutionInput(query).variables(variables));
    }

    /** Both answers, which must be the same to the order of their keys; gives how many fields each strategy fetched. */
    private static int[] sameAnswer(String query, Map<String, Object> roots, Map<String, Object> variables) {
        AtomicInteger direct = new AtomicInteger();
        AtomicInteger fieldByField = new AtomicInteger();
        ExecutionResult planned = run(new PlannedExecution(new SimpleDataFetcherExceptionHandler()), query, roots, variables, direct);
        ExecutionResult expected = run(new AsyncExecutionStrategy(), query, roots, variables, fieldByField);
        // as SmallRye writes each answer: the planned one holds JSON-P values, graphql-java's maps and lists
        assertEquals(new ExecutionResponse(expected).getExecutionResultAsString(), new ExecutionResponse(planned).getExecutionResultAsString(), query);
        return new int[] { direct.get(), fieldByField.get() };
    }

    private static final String EVERY_SHAPE = """
            query($without: Boolean!) {
              first: party(id: "1") { __typename id n: name kind ...Sized members { name age } }
              parties { name m: members @skip(if: $without) { name } kind @include(if: $without) }
              named { __typename name ... on Person { age } ... on Party { kind } }
            }
            fragment Sized on Party { size }
            """;

    private static Map<String, Object> everyShape() {
        return Map.of(
                "first", row("Party", "id", "UGFydHk6MQ", "n", "Russia", "kind", "STATE", "size", 12,
                        "members", List.of(row("Person", "name", "Medinsky", "age", 72), row("Person", "name", "Fomin", "age", null))),
                "parties", List.of(row("Party", "name", "Ukraine", "m", List.of(row("Person", "name", "Umerov")), "kind", "STATE"),
                        row("Party", "name", "Wagner", "m", List.of(), "kind", "ARMED_GROUP")),
                "named", List.of(row("Person", "name", "Umerov", "age", 43), row("Party", "name", "Türkiye", "kind", "STATE")));
    }

    @Test
    void everyShapeIsGraphqlJavasAnswerWithoutAFetchPerField() {
        for (boolean without : new boolean[] { false, true }) {
            int[] fetched = sameAnswer(EVERY_SHAPE, everyShape(), Map.of("without", without));
            assertEquals(3, fetched[0], "only the root fields are fetched");
            assertFalse(fetched[1] <= 3, "graphql-java's own strategy fetched " + fetched[1]);
        }
    }

    @Test
    void aNullWhereTheSchemaForbidsOneIsGraphqlJavasErrorAndBubbles() {
        Map<String, Object> roots = Map.of(
                "party", row("Party", "name", "Russia", "members", List.of(row("Person", "name", null))),
                "strict", row("Party", "name", null));
        ExecutionResult planned = run(new PlannedExecution(new SimpleDataFetcherExceptionHandler()),
                "{ party { name members { name } } strict { name } }", roots, Map.of(), new AtomicInteger());
        assertEquals(2, planned.getErrors().size(), planned.getErrors().toString());
        sameAnswer("{ party { name members { name } } strict { name } }", roots, Map.of());
    }

    @Test
    void aValueItsScalarRefusesIsGraphqlJavasError() {
        Map<String, Object> roots = Map.of("party", row("Party", "name", "Russia", "size", "twelve", "kind", "EMPIRE"));
        ExecutionResult planned = run(new PlannedExecution(new SimpleDataFetcherExceptionHandler()), "{ party { name size kind } }", roots,
                Map.of(), new AtomicInteger());
        assertEquals(2, planned.getErrors().size(), planned.getErrors().toString());
        sameAnswer("{ party { name size kind } }", roots, Map.of());
    }
}
