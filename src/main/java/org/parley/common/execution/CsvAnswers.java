package org.parley.common.execution;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.common.web.ErrorAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * A root list's page as CSV, for a client whose {@code Accept} puts {@code text/csv} first: the request is read and
 * checked as any other ({@link GraphQLOverHttp}: CSRF, limits, GET's caching), run by SmallRye's ExecutionService with
 * the request's scope and identity as SmallRye's own HTTP handler sets them, and its answer written as RFC 4180 CSV:
 * a header row, one row per node, a column per scalar field the document selects (nested objects flattened as
 * {@code party.name}, in the document's order). An answer with errors is sent as the GraphQL JSON it is.
 */
@ApplicationScoped
public class CsvAnswers {

    static final String MEDIA_TYPE = "text/csv";
    private static final String CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    /** What a CSV answer is read from: the root field's result key, where its items are, and the columns' paths. */
    record Table(String root, List<String> items, List<List<String>> columns) {
    }

    /** Whether the client asks for CSV: {@code text/csv} is the first media type of its Accept, by quality. */
    static boolean asked(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        return !accepted.isEmpty() && MEDIA_TYPE.equalsIgnoreCase(accepted.get(0).value());
    }

    /**
     * The table a document's operation asks for, or null with the request answered: exactly one root field, a
     * connection whose `nodes` or `edges { node }` are selected, and only objects (no lists) below them.
     */
    static Table table(RoutingContext ctx, Document document, OperationDefinition operation) {
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            refuse(ctx, "A CSV answer is a query's: send one query operation (name it in `operationName` when the document has several).");
            return null;
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        List<Field> roots = fields(operation.getSelectionSet(), fragments);
        roots.removeIf(f -> f.getName().startsWith("__"));
        if (roots.size() != 1) {
            refuse(ctx, "A CSV answer is one list: select exactly one root list (`rounds { nodes { ... } }`), got " + roots.size() + " root fields.");
            return null;
        }
        Field root = roots.get(0);
        for (Field field : fields(root.getSelectionSet(), fragments)) {
            if (field.getName().equals("nodes")) {
                return table(ctx, root, List.of(field.getResultKey()), field.getSelectionSet(), fragments);
            }
        }
        for (Field edges : fields(root.getSelectionSet(), fragments)) {
            if (edges.getName().equals("edges")) {
                for (Field node : fields(edges.getSelectionSet(), fragments)) {
                    if (node.getName().equals("node")) {
                        return table(ctx, root, List.of(edges.getResultKey(), node.getResultKey()), node.getSelectionSet(), fragments);
                    }
                }
            }
        }
        refuse(ctx, "A CSV answer has one row per item of a root list: select its `nodes { ... }` (or `edges { node { ... } }`).");
        return null;
    }

    private static Table table(RoutingContext ctx, Field root, List<String> items, SelectionSet selection, Map<String, FragmentDefinition> fragments) {
        List<List<String>> columns = new ArrayList<>();
        columns(selection, fragments, List.of(), columns);
        if (columns.isEmpty()) {
            refuse(ctx, "A CSV answer needs columns: select scalar fields of the items.");
            return null;
        }
        return new Table(root.getResultKey(), items, columns);
    }

    /** The scalar fields under a selection, as paths of result keys, each once, in the document's order. */
    private static void columns(SelectionSet selection, Map<String, FragmentDefinition> fragments, List<String> prefix, List<List<String>> columns) {
        Set<String> seen = new LinkedHashSet<>();
        for (Field field : fields(selection, fragments)) {
            if (!seen.add(field.getResultKey())) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(field.getResultKey());
            if (field.getSelectionSet() == null || field.getSelectionSet().getSelections().isEmpty()) {
                if (!columns.contains(path)) {
                    columns.add(path);
                }
            } else {
                columns(field.getSelectionSet(), fragments, path, columns);
            }
        }
    }

    /** The fields of a selection, with those of its fragments (inline or named) in their place. */
    private static List<Field> fields(SelectionSet selection, Map<String, FragmentDefinition> fragments) {
        List<Field> fields = new ArrayList<>();
        if (selection == null) {
            return fields;
        }
        for (Selection<?> item : selection.getSelections()) {
            if (item instanceof Field field) {
                fields.add(field);
            } else if (item instanceof InlineFragment inline) {
                fields.addAll(fields(inline.getSelectionSet(), fragments));
            } else if (item instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                fields.addAll(fields(fragments.get(spread.getName()).getSelectionSet(), fragments));
            }
        }
        return fields;
    }

    private static void refuse(RoutingContext ctx, String message) {
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ErrorAnswer.send(ctx, 406, "BAD_REQUEST", message, List.of());
    }

    /** Runs the checked request (JSON text) and answers it as CSV, or as JSON when it has errors. */
    void answer(RoutingContext ctx, String request, Table table) {
        ctx.vertx().executeBlocking(() -> run(ctx, request), false).onComplete(done -> {
            if (done.failed()) {
                ctx.fail(done.cause());
                return;
            }
            try {
                JsonNode answer = mapper.readTree(done.result());
                JsonNode errors = answer.get("errors");
                if (errors != null && !errors.isEmpty()) {
                    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8").end(done.result());
                    return;
                }
                write(ctx, answer.path("data").path(table.root()), table);
            } catch (Exception e) {
                ctx.fail(e);
            }
        });
    }

    /** The answer's JSON text, run as SmallRye's HTTP handler runs a request: in a request scope, as the caller. */
    private String run(RoutingContext ctx, String request) {
        ManagedContext scope = Arc.container().requestContext();
        scope.activate();
        try {
            Map<String, Object> metaData = CallerScope.enter(ctx, scope, identities, currentRequest);
            AtomicReference<String> answer = new AtomicReference<>();
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(request))) {
                Arc.container().instance(ExecutionService.class).get().executeSync(reader.readObject(), metaData,
                        response -> answer.set(response.getExecutionResultAsString()));
            }
            return answer.get();
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            scope.terminate();
        }
    }

    /** The rows, written as they are made; a list among the columns refuses the answer before any row is sent. */
    private void write(RoutingContext ctx, JsonNode list, Table table) {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode page = list.path(table.items().get(0));
        for (JsonNode item : page) {
            rows.add(table.items().size() == 2 ? item.path(table.items().get(1)) : item);
        }
        for (JsonNode row : rows) {
            for (List<String> column : table.columns()) {
                int at = listAt(row, column);
                if (at >= 0) {
                    refuse(ctx, "`" + String.join(".", column.subList(0, at + 1)) + "` is a list: a CSV answer has one row "
                            + "per item and a column per single value; leave it out, or ask for JSON.");
                    return;
                }
            }
        }
        var response = ctx.response();
        response.putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE);
        response.putHeader("Content-Disposition", "attachment; filename=\"" + table.root() + ".csv\"");
        response.setChunked(true);
        StringBuilder text = new StringBuilder();
        List<String> header = table.columns().stream().map(c -> String.join(".", c)).toList();
        line(text, header);
        response.write(text.toString());
        for (JsonNode row : rows) {
            text.setLength(0);
            List<String> cells = new ArrayList<>(table.columns().size());
            for (List<String> column : table.columns()) {
                JsonNode value = value(row, column);
                cells.add(value.isNull() || value.isMissingNode() ? "" : value.asText());
            }
            line(text, cells);
            response.write(Buffer.buffer(text.toString()));
        }
        response.end();
    }

    private static JsonNode value(JsonNode row, List<String> path) {
        JsonNode value = row;
        for (String key : path) {
            value = value.path(key);
        }
        return value;
    }

    /** Where on a column's path a list is met (the index of its key), or -1. */
    private static int listAt(JsonNode row, List<String> path) {
        JsonNode value = row;
        for (int i = 0; i < path.size(); i++) {
            value = value.path(path.get(i));
            if (value.isArray()) {
                return i;
            }
        }
        return -1;
    }

    /** One CSV record, RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled; CRLF ends it. */
    static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                text.append(',');
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append("\r\n");
    }
}
