package org.parley.common.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** What counts as a use of something deprecated, on a schema small enough to read. */
class DeprecatedUsageTest {

    private static final String SDL = """
            type Query {
              talks(kind: Kind, status: String @deprecated(reason: "use filter"), filter: TalksFilter): [Talk!]!
            }
            type Talk { name: String! title: String @deprecated(reason: "use name") }
            input TalksFilter { kind: Kind, old: String @deprecated(reason: "gone") }
            enum Kind { BILATERAL TRILATERAL @deprecated(reason: "use MULTILATERAL") MULTILATERAL }
            """;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private GraphQL graphql;

    @BeforeEach
    void schema() {
        Metrics.addRegistry(registry);
        DeprecatedUsage usage = new DeprecatedUsage(true);
        Documents documents = new Documents(1 << 20); // documents and what was found in them kept, as in the application
        DocumentChecks checks = new DocumentChecks(documents);
        graphql = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("talks", e -> java.util.List.of())).build()))
                .instrumentation(new SimplePerformantInstrumentation() {
                    @Override
                    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                            InstrumentationState state) {
                        usage.count(parameters.getExecutionContext(), checks);
                        return SimpleInstrumentationContext.noOp();
                    }
                }).preparsedDocumentProvider(documents).build();
    }

    @AfterEach
    void registry() {
        Metrics.removeRegistry(registry);
    }

    private double uses(String coordinate) {
        Counter counter = registry.find("parley.deprecated.usage").tag("coordinate", coordinate).counter();
        return counter == null ? 0 : counter.count();
    }

    private void run(String query, Map<String, Object> variables) {
        CompletableFuture<ExecutionResult> result = graphql.executeAsync(ExecutionInput.newExecutionInput(query).variables(variables));
        assertTrue(result.join().getErrors().isEmpty(), result.join().getErrors().toString());
    }

    @Test
    void eachDeprecatedFieldArgumentInputFieldAndEnumValueIsCountedOncePerOperation() {
        run("{ talks(status: \"open\", kind: TRILATERAL) { name title a: title } }", Map.of());
        assertEquals(1, uses("Query.talks(status:)"));
        assertEquals(1, uses("Talk.title"));
        assertEquals(1, uses("Kind.TRILATERAL"));
        run("query($f: TalksFilter) { talks(filter: $f) { ...T } } fragment T on Talk { title }", Map.of("f", Map.of("old", "x")));
        assertEquals(2, uses("Talk.title"));
        assertEquals(1, uses("TalksFilter.old")); // in a variable's value
        run("{ talks(filter: {old: \"x\", kind: TRILATERAL}) { name } }", Map.of());
        assertEquals(2, uses("TalksFilter.old"));
        assertEquals(2, uses("Kind.TRILATERAL"));
        run("query($k: Kind) { talks(kind: $k) { name } }", Map.of("k", "TRILATERAL"));
        assertEquals(3, uses("Kind.TRILATERAL"));
        run("query($f: TalksFilter) { talks(filter: $f) { name } }", Map.of("f", Map.of("kind", "TRILATERAL")));
        assertEquals(4, uses("Kind.TRILATERAL"));
    }

    @Test
    void theSameDocumentCountsWhatEachRequestsVariablesUse() {
        String query = "query($k: Kind, $f: TalksFilter) { talks(kind: $k, filter: $f) { name } }";
        run(query, Map.of("k", "TRILATERAL"));
        run(query, Map.of("k", "BILATERAL"));
        run(query, Map.of("k", "TRILATERAL"));
        run(query, Map.of("f", Map.of("old", "x")));
        assertEquals(2, uses("Kind.TRILATERAL"));
        assertEquals(1, uses("TalksFilter.old"));
    }

    @Test
    void anOperationUsingNothingDeprecatedCountsNothing() {
        run("query($k: Kind) { talks(kind: $k, filter: {kind: MULTILATERAL}) { name } }", Map.of("k", "BILATERAL"));
        // counters of other tests live on in the global registry: none of them moves
        assertEquals(0, registry.find("parley.deprecated.usage").counters().stream().mapToDouble(Counter::count).sum());
    }
}
