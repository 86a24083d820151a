package org.parley.common.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.parley.common.Settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.Startup;

/**
 * Documents known by their SHA-256: those clients registered through automatic persisted queries (Apollo's protocol,
 * kept per instance, least recently used first out), or, in trusted-documents mode, the allow-list read at start-up,
 * and then only those run, whatever the transport.
 */
@Singleton
@Startup // a trusted-documents file that cannot be read stops start-up, not the first request
@Unremovable // looked up by ErrorCodeInstrumentation, which SmallRye creates outside CDI
public class PersistedQueries {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String NOT_TRUSTED = "DOCUMENT_NOT_TRUSTED";

    /** Characters of all registered documents together, whatever their number. */
    private static final long MAX_CHARACTERS = 4_000_000;

    /** The allow-list by id and by SHA-256 of its text; null when any document may run. */
    private final Map<String, String> trusted;
    private final Set<String> trustedHashes;

    private final int maxEntries;
    private long characters;
    private final LinkedHashMap<String, String> registered = new LinkedHashMap<>(64, 0.75f, true);

    @Inject
    public PersistedQueries(Settings settings, ObjectMapper mapper) {
        this.maxEntries = settings.http().persistedQueries();
        if (settings.http().trustedDocuments().isPresent()) {
            this.trusted = read(Path.of(settings.http().trustedDocuments().get()), mapper);
            this.trustedHashes = Set.copyOf(trusted.values().stream().map(PersistedQueries::sha256).toList());
        } else {
            this.trusted = null;
            this.trustedHashes = null;
        }
    }

    /** Whether only the documents of an allow-list run. */
    public boolean trustedOnly() {
        return trusted != null;
    }

    /** The document a client registered under this hash, or the allow-list's document of this id; null if none. */
    public String find(String hash) {
        if (trusted != null) {
            return trusted.get(hash);
        }
        synchronized (registered) {
            return registered.get(hash);
        }
    }

    /** Remembers a document under its hash (the caller checked they match); with an allow-list, nothing is added. */
    public void register(String hash, String document) {
        if (trusted != null || maxEntries <= 0 || document.length() > MAX_CHARACTERS / 16) {
            return;
        }
        synchronized (registered) {
            String before = registered.put(hash, document);
            characters += document.length() - (before == null ? 0 : before.length());
            Iterator<String> eldest = registered.values().iterator();
            while (registered.size() > maxEntries || characters > MAX_CHARACTERS) {
                characters -= eldest.next().length();
                eldest.remove();
            }
        }
    }

    /** What a client is told of a document off the allow-list. */
    static final String NOT_TRUSTED_MESSAGE = "This server runs only the documents of its allow-list "
            + "(PARLEY_TRUSTED_DOCUMENTS), and this is not one of them: send one of those, by its hash or its exact text.";

    /** Whether this server may run a document of this text: any, or in trusted-documents mode those listed. */
    public boolean mayRun(String text) {
        return trustedHashes == null || trustedHashes.contains(sha256(text));
    }

    /** Parses through {@code delegate} only the documents this server may run; others are answered with an error. */
    PreparsedDocumentProvider guarding(PreparsedDocumentProvider delegate) {
        if (trusted == null) {
            return delegate;
        }
        return new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                    Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                if (!mayRun(input.getQuery())) {
                    return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                            .errorType(ErrorType.ValidationError).message(NOT_TRUSTED_MESSAGE)
                            .extensions(Map.of("code", NOT_TRUSTED)).build()));
                }
                return delegate.getDocumentAsync(input, parseAndValidate);
            }
        };
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An Apollo persisted-query manifest ({@code {"format": "apollo-persisted-query-manifest", "operations": [{"id",
     * "body"}...]}}) or a Relay persisted-queries file ({@code {"<id>": "<text>"}}): each document by its id and by
     * its SHA-256.
     */
    private static Map<String, String> read(Path file, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("PARLEY_TRUSTED_DOCUMENTS: cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> documents = new HashMap<>();
        if (root != null && root.has("operations") && root.get("operations").isArray()) {
            for (JsonNode operation : root.get("operations")) {
                add(documents, operation.path("id").asText(null), operation.path("body").asText(null), file);
            }
        } else if (root != null && root.isObject()) {
            root.fields().forEachRemaining(entry -> add(documents, entry.getKey(), entry.getValue().asText(null), file));
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("PARLEY_TRUSTED_DOCUMENTS: " + file + " lists no documents: give an Apollo "
                    + "persisted-query manifest or a Relay {\"id\": \"text\"} file.");
        }
        return Map.copyOf(documents);
    }

    private static void add(Map<String, String> documents, String id, String text, Path file) {
        if (id == null || text == null || text.isBlank()) {
            throw new IllegalStateException("PARLEY_TRUSTED_DOCUMENTS: " + file + " has an entry without id or text");
        }
        for (String key : List.of(id.startsWith("sha256:") ? id.substring(7) : id, sha256(text))) {
            documents.put(key, text);
        }
    }
}
