package org.parley.common.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * SmallRye resolves a batched field ({@code @Source List<X>}) with one data loader per field and calls the resolver
 * once per level with the arguments of the first occurrence it met: an alias or fragment asking the same field with
 * other arguments would silently get that answer. Each request's loaders are rebuilt here so that a batch is split
 * by the arguments its keys were asked with: every occurrence gets its own arguments, and occurrences with equal
 * arguments still share one call (one SQL statement). Inside graphql-java, so every transport goes through it.
 */
final class BatchesByArguments {

    /** A loaded value is cached per parent and arguments compared by equality, never by a hash alone. */
    private static final CacheKey<Object> PARENT_AND_ARGUMENTS = new CacheKey<>() {
        @Override
        public Object getKey(Object parent) {
            return parent;
        }

        @Override
        public Object getKeyWithContext(Object parent, Object context) {
            return Arrays.asList(parent, arguments(context));
        }
    };

    private BatchesByArguments() {
    }

    static void split(DataLoaderRegistry registry) {
        for (String name : registry.getKeys()) {
            DataLoader<Object, Object> loader = registry.getDataLoader(name);
            if (loader.getBatchLoadFunction() instanceof BatchLoaderWithContext<?, ?> batch) {
                @SuppressWarnings("unchecked")
                BatchLoaderWithContext<Object, Object> typed = (BatchLoaderWithContext<Object, Object>) batch;
                registry.register(name, loader.transform(builder -> builder.batchLoadFunction(byArguments(typed))
                        .options(loader.getOptions().transform(o -> o.setCacheKeyFunction(PARENT_AND_ARGUMENTS)))));
            }
        }
    }

    static BatchLoaderWithContext<Object, Object> byArguments(BatchLoaderWithContext<Object, Object> batch) {
        return (keys, environment) -> {
            List<Object> contexts = environment.getKeyContextsList();
            Map<Object, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                groups.computeIfAbsent(arguments(contexts.get(i)), a -> new ArrayList<>()).add(i);
            }
            if (groups.size() <= 1) {
                return batch.load(keys, environment);
            }
            Object[] values = new Object[keys.size()];
            List<CompletableFuture<?>> calls = new ArrayList<>(groups.size());
            for (List<Integer> group : groups.values()) {
                List<Object> groupKeys = new ArrayList<>(group.size());
                List<Object> groupContexts = new ArrayList<>(group.size());
                for (int i : group) {
                    groupKeys.add(keys.get(i));
                    groupContexts.add(contexts.get(i));
                }
                BatchLoaderEnvironment groupEnvironment = BatchLoaderEnvironment.newBatchLoaderEnvironment()
                        .context(environment.getContext()).keyContexts(groupKeys, groupContexts).build();
                calls.add(batch.load(groupKeys, groupEnvironment).toCompletableFuture().thenAccept(loaded -> {
                    for (int j = 0; j < group.size(); j++) {
                        values[group.get(j)] = loaded.get(j);
                    }
                }));
            }
            return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> Arrays.asList(values));
        };
    }

    private static Object arguments(Object keyContext) {
        return keyContext instanceof Map<?, ?> map ? map.get(BatchLoaderHelper.ARGUMENTS) : null;
    }
}
