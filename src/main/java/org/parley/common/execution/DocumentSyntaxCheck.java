package org.parley.common.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.common.ErrorAnswer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * SmallRye parses a document before graphql-java sees it and answers a syntax error with a bare "Unparseable input
 * document". This check runs first, on POSTed documents (JSON requests and application/graphql bodies), and
 * answers with the parser's own message (token, line, column) and the code INVALID_SYNTAX, or BAD_REQUEST when the body is not a GraphQL request at all (batched
 * arrays of operations included). The limits on what a document may ask are checked for every transport by
 * {@link org.parley.common.execution.RequestLimits}.
 */
@ApplicationScoped
public class DocumentSyntaxCheck {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.post(path).order(Integer.MIN_VALUE + 1) // after PrivateAnswers, so that its refusals carry the header too
                // no file uploads: a GraphQL request is a document, and Vert.x would create ./file-uploads for them
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::check);
        // GET is not served (SmallRye's default): say so as a GraphQL error, not a bare 405; WebSocket upgrades pass
        router.get(path).order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (ctx.request().headers().contains(HttpHeaders.UPGRADE)) {
                ctx.next();
                return;
            }
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            ErrorAnswer.send(ctx, 405, "BAD_REQUEST", "Send GraphQL requests with POST: {\"query\": \"...\", \"variables\": {...}} "
                    + "as application/json, or the document as application/graphql.", List.of());
        });
    }

    /** Documents that parsed lately: clients repeat theirs, and SmallRye parses (and caches) them again anyway. */
    private final Set<String> parsed = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 256;
        }
    }));

    private void check(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        boolean document = contentType != null && contentType.toLowerCase().startsWith("application/graphql");
        String query;
        if (document) {
            query = ctx.body().asString();
            if (query == null || query.isBlank()) {
                reply(ctx, "BAD_REQUEST", "The request has no document: send it as the body.", List.of());
                return;
            }
        } else {
            // SmallRye reads any other body as JSON, whatever its content type
            JsonNode request;
            String body = ctx.body().asString();
            try {
                request = body == null ? null : mapper.readTree(body);
            } catch (JsonProcessingException e) {
                reply(ctx, "BAD_REQUEST", "The request body is not valid JSON: " + e.getOriginalMessage(), List.of());
                return;
            }
            String problem = requestProblem(request);
            if (problem != null) {
                reply(ctx, "BAD_REQUEST", problem + ": send {\"query\": \"...\", \"variables\": {...}}.", List.of());
                return;
            }
            query = request.get("query").asText();
        }
        try {
            if (!parsed.contains(query)) {
                Parser.parse(query);
                if (query.length() <= 16_384) { // at most 256 × 16 KB kept
                    parsed.add(query);
                }
            }
        } catch (InvalidSyntaxException e) {
            List<Map<String, Integer>> locations = new ArrayList<>();
            SourceLocation at = e.getLocation();
            if (at != null) {
                locations.add(Map.of("line", at.getLine(), "column", at.getColumn()));
            }
            reply(ctx, "INVALID_SYNTAX", e.getMessage(), locations);
            return;
        }
        if (document) {
            // SmallRye joins the lines of an application/graphql body, which turns a `#` comment into the whole rest
            // of the document: hand it over as the JSON request it stands for
            ctx.request().headers().set("Content-Type", "application/json");
            ctx.setBody(Buffer.buffer(Json.encode(Map.of("query", query))));
        }
        ctx.next();
    }

    /** What is wrong with the shape of a JSON request, or null: SmallRye answers these with HTTP 500 and a trace. */
    private static String requestProblem(JsonNode request) {
        if (request == null || !request.isObject()) {
            return "The request body is not a JSON object";
        }
        JsonNode query = request.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            return "The request has no `query`";
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

    private static void reply(RoutingContext ctx, String code, String message, List<Map<String, Integer>> locations) {
        ErrorAnswer.send(ctx, code.equals("BAD_REQUEST") ? 400 : 200, code, message, locations);
    }
}
