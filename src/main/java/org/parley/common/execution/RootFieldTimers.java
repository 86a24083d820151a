package org.parley.common.execution;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;

/**
 * Times each root field of a query or mutation, whether planned as SQL or resolved, under SmallRye's metric name and
 * tags ({@code mp_graphql}: field name, operation type, {@code source=false}). SmallRye 2.17 times only the batched
 * fields its own batch fetcher runs, so without this no root field would appear on /q/metrics.
 */
final class RootFieldTimers {

    private final boolean enabled;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    RootFieldTimers(boolean enabled) {
        this.enabled = enabled;
    }

    DataFetcher<?> timed(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters) {
        Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
        if (!enabled || operation == Operation.SUBSCRIPTION || parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
            return fetcher;
        }
        String name = parameters.getExecutionStepInfo().getFieldDefinition().getName();
        Timer timer = timers.computeIfAbsent(operation + " " + name,
                key -> Metrics.globalRegistry.timer("mp_graphql", "name", name, "type", operation.name(), "source", "false"));
        return environment -> {
            Timer.Sample sample = Timer.start();
            Object value;
            try {
                value = fetcher.get(environment);
            } catch (Exception | Error e) {
                sample.stop(timer);
                throw e;
            }
            if (value instanceof CompletionStage<?> later) {
                return later.whenComplete((done, failed) -> sample.stop(timer));
            }
            sample.stop(timer);
            return value;
        };
    }
}
