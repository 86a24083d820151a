package org.parley.common.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

/**
 * SmallRye resolves a batched field ({@code @Source List<X>}) with one data loader per field and calls the resolver
 * once per level with the arguments of the first occurrence it met: an alias or fragment asking the same field with
 * other arguments would silently get that answer. Each request's loaders are made here so that a batch is split by
 * the arguments its keys were asked with: every occurrence gets its own arguments, and occurrences with equal
 * arguments still share one call (one SQL statement). Inside graphql-java, so every transport goes through it.
 * <p>
 * A request's loaders are made when a field first asks for one, from each field's batch function, made once: SmallRye
 * builds a loader, a resolver and its reflection for every batched field of the schema (168) at every request, and a
 * subscription kept them all for as long as it ran (about 240 KB each). The functions hold no request's state (SmallRye
 * shares the same resolvers across requests for fields that are not batched).
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

    private static final DataLoaderOptions OPTIONS = DataLoaderOptions.newOptions().setCacheKeyFunction(PARENT_AND_ARGUMENTS).build();

    /**
     * Each batched field's batch function, by its loader's name, taken from the first request's registry; held by the
     * application's {@link RequestLimits}, never statically: tests start several applications in one JVM.
     */
    private final Map<String, BatchLoaderWithContext<Object, Object>> functions = new ConcurrentHashMap<>();

    /** SmallRye's model until the first request's functions are taken from it (see {@link #takeOver}). */
    private volatile Schema schema;

    /**
     * Takes the schema's batched fields over from SmallRye: once the first request's registry has given each batched
     * field's function, SmallRye's model is left with none, so that it no longer makes a loader, a resolver and its
     * reflection for every batched field of the schema at every request, only to have them replaced by
     * {@link #lazily}. Its data fetchers, made at bootstrap, ask the request's registry for their loaders by the same
     * names. The functions are not made here with SmallRye's DataFetcherFactory: in the native executable its service
     * look-up at run time misses Quarkus' fetchers (which run a resolver on a worker, in a request context), and
     * resolvers ran on the event loop or outside any session.
     */
    void takeOver(Schema schema) {
        this.schema = schema;
    }

    /** The loaders of a request, in place of those SmallRye made for it ({@code made}), each made when first asked. */
    @SuppressWarnings("unchecked")
    DataLoaderRegistry lazily(DataLoaderRegistry made) {
        Loaders loaders = new Loaders();
        for (String name : made.getKeys()) {
            if (functions.containsKey(name)) {
                continue;
            }
            DataLoader<Object, Object> loader = made.getDataLoader(name);
            if (loader.getBatchLoadFunction() instanceof BatchLoaderWithContext<?, ?> batch) {
                functions.putIfAbsent(name, (BatchLoaderWithContext<Object, Object>) batch);
            } else {
                loaders.register(name, loader); // not one of SmallRye's: kept as it was made
            }
        }
        Schema taken = schema;
        if (taken != null && !functions.isEmpty()) {
            schema = null;
            for (Type type : taken.getTypes().values()) {
                if (type.hasBatchOperations()) {
                    type.setBatchOperations(new HashMap<>()); // a new map: a request being set up iterates the old one
                }
            }
        }
        return loaders;
    }

    /** A request's loaders: a batched field's is made the first time the field asks for it. */
    private final class Loaders extends DataLoaderRegistry {
        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            BatchLoaderWithContext<Object, Object> batch = functions.get(key);
            if (batch == null) {
                return super.getDataLoader(key);
            }
            return computeIfAbsent(key, name -> DataLoaderFactory.newDataLoader(byArguments(batch), OPTIONS));
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
