package org.parley.common.execution;

import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.parley.common.Settings;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
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
 * has passed validation; the least recently used go first.
 */
@Singleton
@Unremovable // looked up by ErrorCodeInstrumentation, which SmallRye creates outside CDI
public class Documents extends QueryCache {

    /** Bytes a parsed document takes per character of its text, rounded up from the measurement above. */
    static final int BYTES_PER_CHARACTER = 32;

    private final long maxBytes;
    private final long maxDocumentCharacters;
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

    private static final class Entry {
        final Document document;
        volatile boolean valid;

        Entry(Document document) {
            this.document = document;
        }
    }

    @Inject
    public Documents(Settings settings) {
        this.maxBytes = settings.limits().documentCache().asLongValue();
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
        if (!made.hasErrors()) {
            Entry valid = entry != null ? entry : new Entry(made.getDocument());
            valid.valid = true;
            if (entry == null) {
                put(input.getQuery(), valid);
            }
        }
        return CompletableFuture.completedFuture(made);
    }

    /** Validation, when a document is not yet kept: nothing to add (SmallRye's {@link QueryCache} kept documents here). */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * SmallRye's own cache, inside its ExecutionService and unused for graphql-java here, parses every request once
     * more and leaves it (with its data loaders) on a thread-local that only a {@link QueryCache}'s validation step
     * clears: each worker thread kept the last request it served.
     */
    private void forgetSmallRyesRequest() {
        super.beginValidation(null, null);
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
            }
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= weight(eldest.next().getKey());
                eldest.remove();
            }
        }
    }

    private static long weight(String text) {
        return (long) text.length() * BYTES_PER_CHARACTER;
    }
}
