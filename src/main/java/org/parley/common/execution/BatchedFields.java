package org.parley.common.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * The per-parent step of a batched field, without SmallRye's per-parent bookkeeping. For every parent of a batched
 * field, SmallRye clones its request context and writes the field's selection out twice as JSON before handing the
 * parent to the field's data loader; on a nested query that is most of the garbage, and the garbage collector took
 * 40% of the time of 16 concurrent canonical queries (docs/performance.md). Only the hand-over is kept here: the
 * parent and its arguments go to the same loader, which calls the resolver once per batch as before.
 */
final class BatchedFields {

    private BatchedFields() {
    }

    /** The lean fetcher for a SmallRye batched field whose arguments are scalars, else the fetcher unchanged. */
    static DataFetcher<?> lean(DataFetcher<?> fetcher, GraphQLFieldDefinition field, GraphQLNamedType parent) {
        if (!(fetcher instanceof BatchDataFetcher<?>) || !field.getArguments().stream().allMatch(BatchedFields::scalar)) {
            return fetcher;
        }
        String loaderName = parent.getName() + "_" + field.getName(); // SmallRye's BatchLoaderHelper.getName
        List<String> arguments = field.getArguments().stream().map(GraphQLArgument::getName).toList();
        return environment -> {
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            if (loader == null) {
                return fetcher.get(environment);
            }
            List<Object> values = new ArrayList<>(arguments.size());
            for (String argument : arguments) {
                values.add(environment.getArgument(argument)); // String and Int arguments need no conversion
            }
            Map<String, Object> context = new HashMap<>(4);
            // the key context SmallRye's batch loader reads
            context.put(BatchLoaderHelper.ARGUMENTS, values);
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return loader.load(environment.getSource(), context);
        };
    }

    private static boolean scalar(GraphQLArgument argument) {
        return GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLScalarType scalar
                && List.of("String", "Int", "Boolean").contains(scalar.getName());
    }
}
