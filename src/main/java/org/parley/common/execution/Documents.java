package org.parley.common.execution;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.parley.common.Settings;
import org.parley.common.read.PlanCache;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The one cache of parsed documents, bounded by the memory its entries take rather than by their number: a parsed
 * document weighs about 26 bytes per character of its text (measured: 1.08 MB for a 42 KB query), so a few hundred
 * long distinct queries filled a 256 MB heap through SmallRye's cache of 2,048 entries. It serves GraphQL over HTTP
 * (which reads a document's operations before handing it on) and graphql-java (its parsed and validated document, in
 * place of SmallRye's {@link QueryCache}). A document is kept only once it has parsed, and for graphql-java once it
 * has passed validation; the least recently used go first. The read planner's plans of a document are kept with it
 * ({@link PlanCache}), weighed in the same bound and dropped with it.
 */
@Singleton
@Unremovable // looked up by ErrorCodeInstrumentation, which SmallRye creates outside CDI
public class Documents extends QueryCache implements PlanCache {

    /** Bytes a parsed document takes per character of its text, rounded up from the measurement above. */
    static final int BYTES_PER_CHARACTER = 32;

    private final long maxBytes;
    private final long maxDocumentCharacters;
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** The same entries by the parsed document graphql-java executes, for the plans made of it. */
    private final IdentityHashMap<Document, Entry> byDocument = new IdentityHashMap<>();

    private static final class Entry {
        final Document document;
        volatile boolean valid;
        /** Plans of this document by their key; guarded, like the rest, by {@link #entries}. */
        Map<Object, Object> plans;
        long planBytes;

        Entry(Document document) {
            this.document = document;
        }
    }

    @Inject
    public Documents(Settings settings) {
        this(settings.limits().documentCache().asLongValue());
    }

    Documents(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxDocumentCharacters = maxBytes / BYTES_PER_CHARACTER / 16; // no one document takes more than 1/16th
    }

    /** The parsed document of this text, kept for the next request that sends it. */
    public Document parse(String text) throws InvalidSyntaxException {
        Entry entry = get(text);
        if (entry != null) {
            return entry.document;
        }
        Document document = Parser.parse(text);
        put(text, new Entry(document));
        return document;
    }

    /**
     * SmallRye's ExecutionService reads each request's operation types from a parse of its own, through a
     * {@link QueryCache} of its own that keeps a document only on its validation step, which Parley's chain replaces:
     * every request was parsed twice (8 % of the positions page's CPU). That cache now takes parsed documents from
     * here. The field is private and final: set through reflection, which the native image allows by
     * META-INF/native-image/org.parley/parley/reflect-config.json.
     */
    void onStart(@Observes StartupEvent event) throws ReflectiveOperationException {
        Field cache = ExecutionService.class.getDeclaredField("queryCache");
        cache.setAccessible(true);
        cache.set(Arc.container().instance(ExecutionService.class).get(), new QueryCache() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                    Function<ExecutionInput, PreparsedDocumentEntry> parse) {
                try {
                    return CompletableFuture.completedFuture(new PreparsedDocumentEntry(parse(input.getQuery())));
                } catch (InvalidSyntaxException e) {
                    return CompletableFuture.completedFuture(parse.apply(input)); // reported as SmallRye reports it
                }
            }
        });
    }

    /** graphql-java's parsed and validated document: parsed and validated once, then taken from here. */
    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        forgetSmallRyesRequest();
        Entry entry = get(input.getQuery());
        if (entry != null && entry.valid) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(entry.document));
        }
        PreparsedDocumentEntry made = parseAndValidate.apply(input);
        if (made.hasErrors()) {
            return CompletableFuture.completedFuture(made);
        }
        Entry valid = entry != null ? entry : new Entry(made.getDocument());
        valid.valid = true;
        if (entry == null) {
            put(input.getQuery(), valid);
        }
        // the kept parse (the same text) runs, so that plans made of it now serve the next request
        return CompletableFuture.completedFuture(new PreparsedDocumentEntry(valid.document));
    }

    /**
     * SmallRye's own cache, inside its ExecutionService and unused for graphql-java here, parses every request once
     * more and leaves it (with its data loaders) on a thread-local that only a {@link QueryCache}'s validation step
     * clears: each worker thread kept the last request it served.
     */
    private void forgetSmallRyesRequest() {
        super.beginValidation(null, null);
    }

    @Override
    public Object plan(Document document, Object key) {
        synchronized (entries) {
            Entry entry = byDocument.get(document);
            return entry == null || entry.plans == null ? null : entry.plans.get(key);
        }
    }

    /** A document's plans together take at most a sixteenth of the bound, like its text: past it they start again. */
    @Override
    public void keep(Document document, Object key, Object plan, long planBytes) {
        synchronized (entries) {
            Entry entry = byDocument.get(document);
            if (entry == null) {
                return; // not kept (too long, or gone since): neither are its plans
            }
            if (entry.plans == null || entry.planBytes + planBytes > maxBytes / 16) {
                bytes -= entry.planBytes;
                entry.planBytes = 0;
                entry.plans = new HashMap<>(4);
            }
            if (entry.plans.put(key, plan) == null) {
                entry.planBytes += planBytes;
                bytes += planBytes;
            }
            evict();
        }
    }

    private Entry get(String text) {
        synchronized (entries) {
            return entries.get(text);
        }
    }

    private void put(String text, Entry entry) {
        if (text.length() > maxDocumentCharacters) {
            return;
        }
        synchronized (entries) {
            Entry before = entries.put(text, entry);
            if (before == null) {
                bytes += weight(text);
            } else {
                bytes -= before.planBytes;
                byDocument.remove(before.document);
            }
            byDocument.put(entry.document, entry);
            evict();
        }
    }

    /** The least recently used out until the rest fit. */
    private void evict() {
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Entry> gone = eldest.next();
            bytes -= weight(gone.getKey()) + gone.getValue().planBytes;
            byDocument.remove(gone.getValue().document);
            eldest.remove();
        }
    }

    private static long weight(String text) {
        return (long) text.length() * BYTES_PER_CHARACTER;
    }
}
