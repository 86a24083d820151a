package org.parley.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * SmallRye parses a document before graphql-java sees it and answers a syntax error with a bare "Unparseable input
 * document". This check runs first, on POSTed documents, and answers with the parser's own message (token, line,
 * column) and the code INVALID_SYNTAX, or BAD_REQUEST when the body is not a GraphQL request at all (batched
 * arrays of operations included). It also bounds aliases, which let one small document repeat a costly field.
 */
@ApplicationScoped
public class DocumentSyntaxCheck {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "parley.limits.max-aliases", defaultValue = "30")
    int maxAliases;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.post(path).order(Integer.MIN_VALUE)
                .handler(BodyHandler.create().setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            ctx.next();
            return;
        }
        JsonNode request;
        try {
            request = mapper.readTree(ctx.body().asString());
        } catch (JsonProcessingException e) {
            reply(ctx, "BAD_REQUEST", "The request body is not valid JSON: " + e.getOriginalMessage(), List.of());
            return;
        }
        JsonNode query = request == null ? null : request.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            reply(ctx, "BAD_REQUEST", "The request has no `query`: send {\"query\": \"...\", \"variables\": {...}}.",
                    List.of());
            return;
        }
        Document document;
        try {
            document = Parser.parse(query.asText());
        } catch (InvalidSyntaxException e) {
            List<Map<String, Integer>> locations = new ArrayList<>();
            SourceLocation at = e.getLocation();
            if (at != null) {
                locations.add(Map.of("line", at.getLine(), "column", at.getColumn()));
            }
            reply(ctx, "INVALID_SYNTAX", e.getMessage(), locations);
            return;
        }
        long aliases = aliases(document);
        if (aliases > maxAliases) {
            reply(ctx, "LIMIT_EXCEEDED", "The document uses " + aliases + " aliases; at most " + maxAliases
                    + " are allowed (parley.limits.max-aliases).", List.of());
            return;
        }
        String mixed = nestedFieldWithMixedArguments(document);
        if (mixed != null) {
            reply(ctx, "VALIDATION", "The nested field `" + mixed + "` appears with different arguments in one request. "
                    + "Nested lists are fetched in one batch per field, which takes one set of arguments: ask for each "
                    + "`asOf` (or other argument) in a request of its own.", List.of());
            return;
        }
        ctx.next();
    }

    /**
     * The name of a nested field used with two different argument lists, or null. SmallRye resolves every
     * occurrence of a batched (nested) field in one batch that sees the first occurrence's arguments only, so such
     * a document would get wrong answers; refusing it is the honest alternative.
     */
    private static String nestedFieldWithMixedArguments(Document document) {
        Map<String, String> argumentsByField = new HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            List<Node> nested = new ArrayList<>();
            if (definition instanceof OperationDefinition operation) {
                operation.getSelectionSet().getSelections().forEach(root -> nested.addAll(root.getChildren()));
            } else {
                nested.addAll(definition.getChildren());
            }
            for (Node<?> node : nested) {
                String mixed = mixedArguments(node, argumentsByField);
                if (mixed != null) {
                    return mixed;
                }
            }
        }
        return null;
    }

    private static String mixedArguments(Node<?> node, Map<String, String> argumentsByField) {
        if (node instanceof Field field) {
            String arguments = field.getArguments().stream().sorted(Comparator.comparing(Argument::getName))
                    .map(AstPrinter::printAstCompact).toList().toString();
            String before = argumentsByField.putIfAbsent(field.getName(), arguments);
            if (before != null && !before.equals(arguments)) {
                return field.getName();
            }
        }
        for (Node<?> child : node.getChildren()) {
            String mixed = mixedArguments(child, argumentsByField);
            if (mixed != null) {
                return mixed;
            }
        }
        return null;
    }

    private static long aliases(Node<?> node) {
        long count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += aliases(child);
        }
        return count;
    }

    private static void reply(RoutingContext ctx, String code, String message, List<Map<String, Integer>> locations) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        if (!locations.isEmpty()) {
            error.put("locations", locations);
        }
        error.put("extensions", Map.of("code", code));
        ctx.response().setStatusCode(code.equals("BAD_REQUEST") ? 400 : 200)
                .putHeader("Content-Type", "application/graphql-response+json; charset=utf-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }
}
