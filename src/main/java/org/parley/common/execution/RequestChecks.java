package org.parley.common.execution;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.parley.common.Settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;

/**
 * What a GraphQL request ({@code query}, {@code variables}, {@code operationName}, {@code extensions}) must be before
 * SmallRye takes it, whatever carried it (HTTP or WebSocket): members of the right JSON types, the text of an automatic
 * persisted query put in by its hash, in trusted-documents mode a listed document (checked before anything is parsed),
 * a document that parses and selects no more fields than allowed. SmallRye answers a malformed request with HTTP 500 and a document that does not parse
 * with a bare "Unparseable input document".
 */
@Singleton
public class RequestChecks {

    /** A persisted query's hash: SHA-256 in lowercase hex. Compiled once, not at every request. */
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** Why a request is not run: its HTTP status, code and message (and where in the document, for a syntax error). */
    public record Refusal(int status, String code, String message, List<Map<String, Integer>> locations) {

        static Refusal of(int status, String code, String message) {
            return new Refusal(status, code, message, List.of());
        }
    }

    /** A request to run, with its parsed document; or why not. */
    public record Checked(Document document, Refusal refusal) {
    }

    @Inject
    PersistedQueries persisted;

    @Inject
    Documents documents;

    @Inject
    Settings settings;

    /**
     * Checks {@code request}, putting in the text of a persisted query it names by hash; {@code howToSend} ends the
     * message telling a request without a document how to send one.
     */
    public Checked check(ObjectNode request, String howToSend) {
        String problem = shapeProblem(request);
        if (problem != null) {
            return refused(400, "BAD_REQUEST", problem);
        }
        JsonNode persistedQuery = request.path("extensions").path("persistedQuery");
        boolean byHash = !persistedQuery.isMissingNode() && !persistedQuery.isNull();
        if (byHash) {
            String hash = persistedQuery.path("sha256Hash").asText("");
            if (persistedQuery.path("version").asInt(0) != 1 || !SHA_256.matcher(hash).matches()) {
                return refused(400, "BAD_REQUEST", "`extensions.persistedQuery` takes {\"version\": 1, \"sha256Hash\": "
                        + "\"<64 lowercase hex digits>\"}.");
            }
            if (!request.hasNonNull("query")) {
                String known = persisted.find(hash);
                if (known == null) {
                    // Apollo's persisted-query link knows this message and code: it sends the document with its hash
                    return refused(200, PersistedQueries.NOT_FOUND, "PersistedQueryNotFound");
                }
                request.put("query", known);
            } else if (!PersistedQueries.sha256(request.get("query").asText()).equals(hash)) {
                return refused(400, "BAD_REQUEST", "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query` "
                        + "(its UTF-8 bytes, in lowercase hex).");
            }
        }
        JsonNode query = request.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            return refused(400, "BAD_REQUEST", "The request has no `query`: send {\"query\": \"...\", \"variables\": {...}}"
                    + howToSend);
        }
        String text = query.asText();
        if (!persisted.mayRun(text)) { // before it is parsed: parsing is what an attacker would make the server pay
            return refused(200, PersistedQueries.NOT_TRUSTED, PersistedQueries.NOT_TRUSTED_MESSAGE);
        }
        Document document;
        try {
            document = documents.parse(text);
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            List<Map<String, Integer>> locations = at == null ? List.of()
                    : List.of(Map.of("line", at.getLine(), "column", at.getColumn()));
            return new Checked(null, new Refusal(200, "INVALID_SYNTAX", e.getMessage(), locations));
        }
        int fields = fields(document);
        if (fields > settings.limits().maxFields()) {
            // graphql-java's validation grows faster than the fields it compares: 14,000 took 1.4 s of native CPU
            return refused(200, "LIMIT_EXCEEDED", "The document selects " + fields + " fields; at most "
                    + settings.limits().maxFields() + " are allowed (PARLEY_MAX_FIELDS).");
        }
        if (byHash) {
            persisted.register(persistedQuery.get("sha256Hash").asText(), text);
        }
        return new Checked(document, null);
    }

    /** Fields a document selects, in its operations and fragments alike. */
    private static int fields(Node<?> node) {
        int count = node instanceof Field ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += fields(child);
        }
        return count;
    }

    private static Checked refused(int status, String code, String message) {
        return new Checked(null, Refusal.of(status, code, message));
    }

    /** What is wrong with the members of a JSON request, or null. */
    private static String shapeProblem(JsonNode request) {
        JsonNode query = request.get("query");
        if (query != null && !query.isNull() && !query.isTextual()) {
            return "`query` must be a string, not " + query.getNodeType().name().toLowerCase();
        }
        for (String member : List.of("variables", "extensions")) {
            JsonNode value = request.get(member);
            if (value != null && !value.isNull() && !value.isObject()) {
                return "`" + member + "` must be a JSON object (or null), not " + value.getNodeType().name().toLowerCase();
            }
        }
        JsonNode operation = request.get("operationName");
        if (operation != null && !operation.isNull() && !operation.isTextual()) {
            return "`operationName` must be a string (or null), not " + operation.getNodeType().name().toLowerCase();
        }
        return null;
    }
}
