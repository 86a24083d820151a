package org.parley.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import org.parley.common.value.TextRules;

/** An error answered over HTTP outside a GraphQL execution, in the shape of a GraphQL response's errors. */
public final class ErrorAnswer {

    private ErrorAnswer() {
    }

    public static void send(RoutingContext ctx, int status, String code, String message,
            List<Map<String, Integer>> locations) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", TextRules.bounded(message));
        if (!locations.isEmpty()) {
            error.put("locations", locations);
        }
        error.put("extensions", Map.of("code", code));
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/graphql-response+json; charset=utf-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }
}
