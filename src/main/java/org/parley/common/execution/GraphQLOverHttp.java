package org.parley.common.execution;

import java.nio.channels.ClosedChannelException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.common.Settings;
import org.parley.common.persistence.DataVersion;
import org.parley.common.value.TextRules;
import org.parley.common.web.ErrorAnswer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.netty.handler.codec.http2.Http2Exception;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.StreamResetException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * GraphQL requests over HTTP, before SmallRye takes them: a request of either method is read into one JSON request
 * ({@code query}, {@code variables}, {@code operationName}, {@code extensions}) and checked here, then handed to
 * SmallRye as a JSON POST.
 * <ul>
 * <li><b>Shape and syntax</b>, as on every transport ({@link RequestChecks}): BAD_REQUEST, INVALID_SYNTAX with the
 * parser's own message (token, line, column), a body in a charset Java does not know refused (415). The limits on what a
 * document may ask are checked for every transport by {@link RequestLimits}.</li>
 * <li><b>CSRF.</b> As Apollo Router and Server do: a request a browser would send cross-site without a CORS preflight
 * (no content type, or a form's or text/plain, and no {@code apollo-require-preflight} or {@code
 * x-apollo-operation-name} header) is refused.</li>
 * <li><b>Automatic persisted queries</b> (Apollo's protocol: {@code extensions.persistedQuery.sha256Hash}), by GET or
 * POST, through {@link RequestChecks} and {@link PersistedQueries}.</li>
 * <li><b>GET</b> runs queries, never mutations or subscriptions. An anonymous GET answer carries an ETag made of the
 * database's {@link DataVersion} and the request, and {@code Cache-Control: public}; {@code If-None-Match} with the
 * current ETag is answered 304 without running anything. An answer with errors is not kept ({@code no-store}), nor is
 * any answer to a request with credentials ({@link org.parley.common.web.PrivateAnswers}).</li>
 * <li><b>CSV</b>: a query whose client puts {@code text/csv} first in {@code Accept} is answered by {@link CsvAnswers},
 * after the same checks, and by GET with the same caching (its ETag differs from JSON's, as the Accept does).</li>
 * </ul>
 */
@ApplicationScoped
public class GraphQLOverHttp {

    private static final Logger LOG = Logger.getLogger(GraphQLOverHttp.class);

    /** Content types a browser sends cross-site without asking the server first (a CORS "simple request"). */
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    private static final List<String> PREFLIGHT_HEADERS = List.of("apollo-require-preflight", "x-apollo-operation-name");

    /** Context data: the request was read and checked here, and comes back as a POST. */
    private static final String CHECKED = "parley.checked";
    /** Context data: the ETag of an anonymous GET answer. */
    private static final String ETAG = "parley.etag";
    /** Context data: what an anonymous GET's ETag is made of besides the data version, read when it runs. */
    private static final String TAG = "parley.tag";
    /** Context data: the answer holds errors, which are not to be cached. */
    private static final String UNCACHEABLE = "parley.uncacheable";

    @Inject
    ObjectMapper mapper;

    @Inject
    Settings settings;

    @Inject
    DataVersion dataVersion;

    @Inject
    RequestChecks checks;

    @Inject
    CsvAnswers csv;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        // after PrivateAnswers, so that its refusals carry its header too; no file uploads: a GraphQL request is a
        // document, and Vert.x would create ./file-uploads for them
        router.post(path).order(Integer.MIN_VALUE + 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::post);
        router.get(path).order(Integer.MIN_VALUE + 1)
                .handler(ctx -> get(ctx, path));
        router.route(path).order(Integer.MIN_VALUE + 1).failureHandler(GraphQLOverHttp::clientGone);
    }

    /**
     * A request whose connection or HTTP/2 stream ended before its answer (the client hung up or reset its stream, or
     * the server's shutdown closed it) has no one to answer: no server error. Quarkus logs each as an ERROR with its
     * stack trace, which let a client write the log full at will.
     */
    private static void clientGone(RoutingContext ctx) {
        if (ctx.response().closed() || transportGone(ctx.failure())) {
            LOG.debugf("A request's connection ended before its answer: %s", ctx.failure());
            return;
        }
        ctx.next();
    }

    private static boolean transportGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamResetException || t instanceof HttpClosedException || t instanceof Http2Exception
                    || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** Marks the answer being made as one not to cache: it holds errors. Called while executing. */
    static void answerHasErrors() {
        RoutingContext current = current();
        if (current != null) {
            current.put(UNCACHEABLE, Boolean.TRUE);
        }
    }

    /** The HTTP request being executed, or null (a WebSocket's operation outside its upgrade request, a test's call). */
    private static RoutingContext current() {
        return Arc.container().requestContext().isActive() ? Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() : null;
    }

    private void post(RoutingContext ctx) {
        if (ctx.get(CHECKED) != null) { // a GET, read and checked below, on its way to SmallRye
            cacheHeaders(ctx);
            ctx.next();
            return;
        }
        if (!preflighted(ctx)) {
            return;
        }
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String charset = unknownCharset(contentType);
        if (charset != null) {
            reply(ctx, 415, "BAD_REQUEST", "The request names the charset `" + TextRules.bounded(charset)
                    + "`, which this server does not know: send the request in UTF-8.");
            return;
        }
        ObjectNode request;
        if (mediaType(contentType).equals("application/graphql")) {
            String document = ctx.body().asString();
            if (document == null || document.isBlank()) {
                reply(ctx, 400, "BAD_REQUEST", "The request has no document: send it as the body.");
                return;
            }
            request = mapper.createObjectNode().put("query", document);
        } else {
            String body = ctx.body().asString();
            JsonNode read;
            try {
                read = body == null ? null : mapper.readTree(body);
            } catch (JsonProcessingException e) {
                reply(ctx, 400, "BAD_REQUEST", "The request body is not valid JSON: " + e.getOriginalMessage());
                return;
            }
            if (read == null || !read.isObject()) {
                reply(ctx, 400, "BAD_REQUEST", "The request body is not a JSON object: send {\"query\": \"...\", \"variables\": {...}}.");
                return;
            }
            request = (ObjectNode) read;
        }
        boolean givenText = request.hasNonNull("query");
        Document document = checked(ctx, request);
        if (document == null) {
            return;
        }
        if (CsvAnswers.asked(ctx)) {
            CsvAnswers.Table table = CsvAnswers.table(ctx, document, operation(document, request.path("operationName").asText(null)));
            if (table != null) {
                csv.answer(ctx, json(request), table);
            }
            return;
        }
        if (!givenText || !"application/json".equals(mediaType(contentType))) {
            // SmallRye joins the lines of an application/graphql body, which turns a `#` comment into the whole rest
            // of the document, and knows nothing of persisted queries: it gets the JSON request the body stands for.
            // A JSON body it can read as it is keeps its bytes.
            ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
            ctx.setBody(Buffer.buffer(json(request)));
        }
        ctx.next();
    }

    private void get(RoutingContext ctx, String path) {
        if ("websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
            ctx.next(); // not an `Upgrade: h2c`, which Java's HTTP client sends with every GET
            return;
        }
        if (!preflighted(ctx)) {
            return;
        }
        ObjectNode request = mapper.createObjectNode();
        for (String member : List.of("query", "operationName", "variables", "extensions")) {
            String value = ctx.queryParams().get(member);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (member.equals("variables") || member.equals("extensions")) {
                try {
                    request.set(member, mapper.readTree(value));
                } catch (JsonProcessingException e) {
                    reply(ctx, 400, "BAD_REQUEST", "The `" + member + "` parameter is not valid JSON: " + e.getOriginalMessage());
                    return;
                }
            } else {
                request.put(member, value);
            }
        }
        Document document = checked(ctx, request);
        if (document == null) {
            return;
        }
        OperationDefinition operation = operation(document, request.path("operationName").asText(null));
        if (operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            reply(ctx, 405, "BAD_REQUEST", "A " + operation.getOperation().name().toLowerCase()
                    + " is not sent by GET, which proxies and browsers may repeat or keep: POST it (or use the WebSocket for a subscription).");
            return;
        }
        CsvAnswers.Table csvTable = CsvAnswers.asked(ctx) ? CsvAnswers.table(ctx, document, operation) : null;
        if (csvTable == null && CsvAnswers.asked(ctx)) {
            return; // refused, with its answer
        }
        String body = json(request);
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            run(ctx, path, body, csvTable);
            return;
        }
        // the same request answered as application/json or application/graphql-response+json: two representations
        String tag = PersistedQueries.sha256(body + "\n" + String.valueOf(ctx.request().getHeader(HttpHeaders.ACCEPT))).substring(0, 32);
        String asked = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked == null && csvTable == null) {
            // nothing to revalidate: the data version is read by the worker that runs the request, before its first
            // read of data and on PostgreSQL in that read's round trip (pendingTag), not first on a worker of its own
            ctx.put(TAG, tag);
            handOver(ctx, path, body);
            return;
        }
        ctx.vertx().executeBlocking(dataVersion::current, false).onComplete(version -> {
            if (version.failed()) {
                LOG.warn("No data version for an ETag: " + version.cause());
                run(ctx, path, body, csvTable); // answered uncached
                return;
            }
            String etag = etag(version.result(), tag);
            if (asked != null && matches(asked, etag)) {
                ctx.put(ETAG, etag);
                cacheHeaders(ctx);
                ctx.response().setStatusCode(304).end();
                return;
            }
            ctx.put(ETAG, etag);
            run(ctx, path, body, csvTable);
        });
    }

    /** A checked GET: answered as CSV here when asked ({@code table}), else by SmallRye as a POST. */
    private void run(RoutingContext ctx, String path, String body, CsvAnswers.Table table) {
        if (table == null) {
            handOver(ctx, path, body);
            return;
        }
        cacheHeaders(ctx);
        csv.answer(ctx, body, table);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** SmallRye runs POSTed JSON: the checked request goes back through the router as one. */
    private static void handOver(RoutingContext ctx, String path, String body) {
        ctx.put(CHECKED, Boolean.TRUE);
        ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
        ctx.setBody(Buffer.buffer(body));
        // the POST routes' body handlers must not read the request again: over HTTP/1.1 they see a GET has no body,
        // but over HTTP/2 (h2c, or any proxy speaking it) they wait for one and put an empty one in this one's place
        ((RoutingContextInternal) ctx).visitHandler(RoutingContextInternal.BODY_HANDLER);
        ctx.reroute(HttpMethod.POST, path);
    }

    private static String etag(long version, String tag) {
        return "\"" + version + "-" + tag + "\"";
    }

    /**
     * What gives an anonymous GET that asks for no revalidation its ETag, or null for any other request: the data
     * version read before its first read of data, so that an answer is never tagged newer than its data — in the round
     * trip of its first planned statement (RequestLimits hands this to the planner), else read on its own before its
     * first resolver runs ({@link #tagNow}). Not given, the answer goes out uncached.
     */
    static java.util.function.LongConsumer pendingTag(RoutingContext ctx) {
        String tag = ctx == null ? null : ctx.get(TAG);
        return tag == null ? null : version -> {
            if (ctx.remove(TAG) != null) {
                ctx.put(ETAG, etag(version, tag));
            }
        };
    }

    /** Gives {@code tag} (unless null) the version read now, on a worker thread: before a resolver's first read. */
    static void tagNow(java.util.function.LongConsumer tag) {
        if (tag == null || io.vertx.core.Context.isOnEventLoopThread()) {
            return;
        }
        try {
            tag.accept(Arc.container().instance(DataVersion.class).get().current());
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warn("No data version for an ETag: " + e);
        }
    }

    /** An operation that read no data (introspection, `__typename`) is tagged when it ends. */
    static void tagIfStillPending() {
        tagNow(pendingTag(current()));
    }

    /** Caching headers of a GET answer, set as its headers go out (a reroute clears those set before). */
    private void cacheHeaders(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            String etag = ctx.get(ETAG); // given by now when the request ran (pendingTag)
            var headers = ctx.response().headers();
            int status = ctx.response().getStatusCode();
            if (etag != null && (status == 200 || status == 304) && ctx.get(UNCACHEABLE) == null) {
                int maxAge = settings.http().cacheMaxAge();
                headers.set(HttpHeaders.ETAG, etag);
                headers.set(HttpHeaders.CACHE_CONTROL, maxAge > 0 ? "public, max-age=" + maxAge : "public, no-cache");
                // CORS answers name the Origin they allow: a shared cache must not give one origin's answer to another
                headers.set(HttpHeaders.VARY, "Accept, Authorization, Origin");
            } else {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
    }

    /** A request as JSON with every character past ASCII escaped: a lone surrogate a client sent stays one. */
    private String json(ObjectNode request) {
        try {
            return mapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /** The charset a request names that this server cannot decode, or null: the body is decoded with the one named. */
    private static String unknownCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String charset = pair[1].trim().replace("\"", "");
                try {
                    return Charset.isSupported(charset) ? null : charset;
                } catch (IllegalCharsetNameException e) {
                    return charset;
                }
            }
        }
        return null;
    }

    /** False, with the request answered, when a browser could have sent it cross-site unasked. */
    private static boolean preflighted(RoutingContext ctx) {
        String type = mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (!type.isEmpty() && !SIMPLE_TYPES.contains(type)) {
            return true;
        }
        for (String header : PREFLIGHT_HEADERS) {
            String value = ctx.request().getHeader(header);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        reply(ctx, 400, "BAD_REQUEST", "Refused as a possible cross-site request forgery: send a Content-Type other "
                + "than a form's or text/plain (application/json for a JSON request), or a non-empty "
                + "`apollo-require-preflight` (or `x-apollo-operation-name`) header.");
        return false;
    }

    /** The parsed document of a request to run, or null with the request answered ({@link RequestChecks}). */
    private Document checked(RoutingContext ctx, ObjectNode request) {
        RequestChecks.Checked checked = checks.check(request,
                ctx.request().method() == HttpMethod.GET ? " as parameters (`?query=...`)." : ".");
        RequestChecks.Refusal refused = checked.refusal();
        if (refused != null) {
            reply(ctx, refused.status(), refused.code(), refused.message(), refused.locations());
            return null;
        }
        return checked.document();
    }

    /** The operation a request names, or its only one; null when that is for graphql-java to report. */
    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            if (name == null ? operations.size() == 1 : name.equals(operation.getName())) {
                return operation;
            }
        }
        return null;
    }

    /** A refusal: never kept by a cache (a GET's PersistedQueryNotFound, above all, is answered with 200). */
    private static void reply(RoutingContext ctx, int status, String code, String message) {
        reply(ctx, status, code, message, List.of());
    }

    private static void reply(RoutingContext ctx, int status, String code, String message, List<Map<String, Integer>> locations) {
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ErrorAnswer.send(ctx, status, code, message, locations);
    }
}
