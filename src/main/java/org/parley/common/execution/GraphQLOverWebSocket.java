package org.parley.common.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.parley.common.Settings;
import org.parley.common.value.TextRules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import io.smallrye.graphql.websocket.graphqlws.GraphQLWSSubprotocolHandler;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over WebSocket ({@code graphql-transport-ws}, and the older {@code graphql-ws}), in place of Quarkus' own
 * handler, whose protocol handlers (SmallRye's) it keeps. What it adds is what an anonymous client could otherwise use
 * to exhaust the server:
 * <ul>
 * <li><b>Every message is read first</b>, with bounded size, nesting and number length: one that is not a message of
 * the protocol closes the socket (4400) with a short reason, logged at debug level only, never a stack trace.</li>
 * <li><b>Requests meet {@link RequestChecks}</b> as over HTTP: persisted queries by hash, trusted documents before
 * parsing, a coded error for a document that does not parse.</li>
 * <li><b>Bounds</b>: open sockets per instance, operations per socket and per instance (each running subscription
 * holds its execution), bytes waiting to be sent to a socket: a client that stops reading is closed (1008) before its
 * messages pile up in memory, one that reads a burst a moment later is not.</li>
 * <li><b>A token's expiry</b> closes the socket it opened (4403), as HTTP refuses it from that moment.</li>
 * <li><b>Nothing outlives its socket</b>: the socket's request scope is destroyed when it closes, and SmallRye's
 * per-thread context is cleared after every message, which otherwise chained each socket's request to the next one
 * handled on the same event loop (every socket leaked ~240 KB for good).</li>
 * </ul>
 * Installed as a filter right after Quarkus' authorization (priority {@value #PRIORITY}), so a socket meets the same
 * permissions as any request, and before Quarkus' own WebSocket route.
 */
@Singleton
public class GraphQLOverWebSocket {

    private static final Logger LOG = Logger.getLogger(GraphQLOverWebSocket.class);

    /** Quarkus' authorization filter has priority 100 and runs first among equals; its WebSocket route comes after. */
    static final int PRIORITY = 100;

    private static final String TRANSPORT_WS = "graphql-transport-ws";
    private static final String LEGACY_WS = "graphql-ws";

    /** Messages of each protocol a client may send, by type; any other closes the socket. */
    private static final Set<String> TRANSPORT_WS_TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");
    private static final Set<String> LEGACY_WS_TYPES = Set.of("connection_init", "start", "stop", "connection_terminate");

    private static final int MAX_ID = 256;

    /** Seconds a socket's waiting messages may stay past the bound before its client is taken not to read. */
    static final int STALL_SECONDS = 10;

    /** A protocol message: its JSON is read with tighter bounds than a request body (deeply nested arrays, long numbers). */
    private final ObjectMapper reader = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints
            .builder().maxNestingDepth(64).maxNumberLength(100).build()).build());

    private final Settings.Sockets limits;
    private final long maxMessage;
    private final String path;
    private final int clockSkew;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    @Inject
    RequestChecks checks;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    public GraphQLOverWebSocket(Settings settings,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.limits = settings.sockets();
        this.maxMessage = maxBodySize.asLongValue();
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.clockSkew = settings.jwt().clockSkew();
    }

    void install(@Observes Filters filters) {
        filters.register(this::upgrade, PRIORITY);
    }

    /** Sockets open now, to tell an operator (and the tests) what the server holds. */
    public int openSockets() {
        return open.size();
    }

    /** Operations running over all sockets (each subscription counts until it ends). */
    public int runningOperations() {
        int running = 0;
        for (Socket socket : open) {
            running += socket.running();
        }
        return running;
    }

    /** Closes every socket as the server stops, so that clients reconnect elsewhere at once (1001: going away). */
    void stop(@Observes ShutdownEvent event) {
        for (Socket socket : open) {
            socket.close((short) 1001, "The server is stopping");
        }
    }

    private void upgrade(RoutingContext ctx) {
        if (!ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                || !path.equals(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        if (open.size() >= limits.maxSockets()) {
            ctx.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "10").end();
            LOG.debugf("WebSocket refused: %d sockets open (PARLEY_MAX_SOCKETS)", open.size());
            return;
        }
        // The socket's request scope: SmallRye's resolvers activate it again for every operation and event
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        InjectableContext.ContextState state = requestContext.getState();
        Map<String, Object> metaData;
        try {
            metaData = CallerScope.enter(ctx, requestContext, identities, currentRequest);
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
        }
        ctx.request().toWebSocket().onComplete(result -> {
            if (result.failed()) {
                LOG.debugf("WebSocket handshake failed: %s", result.cause().getMessage());
                requestContext.destroy(state);
                return;
            }
            ServerWebSocket webSocket = result.result();
            String protocol = webSocket.subProtocol();
            if (!TRANSPORT_WS.equals(protocol) && !LEGACY_WS.equals(protocol)) {
                webSocket.close((short) 4406, "Subprotocol not acceptable: use graphql-transport-ws");
                requestContext.destroy(state);
                return;
            }
            Socket socket = new Socket(ctx.vertx(), webSocket, protocol, metaData, () -> requestContext.destroy(state));
            open.add(socket);
            QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(socket::expireWith, failure -> {
                // a token that is refused opens no rights: nothing to expire
            });
        });
    }

    /** SmallRye's protocol handlers, with the count of the operations they run (each subscription until it ends). */
    private interface Operations extends GraphQLWebsocketHandler {
        int running();
    }

    private static final class TransportWs extends GraphQLTransportWSSubprotocolHandler implements Operations {
        TransportWs(GraphQLWebSocketSession session, Map<String, Object> context) {
            super(session, context);
        }

        @Override
        public int running() {
            return activeOperations.size();
        }
    }

    private static final class LegacyWs extends GraphQLWSSubprotocolHandler implements Operations {
        LegacyWs(GraphQLWebSocketSession session, Map<String, Object> context) {
            super(session, context);
        }

        @Override
        public int running() {
            return activeOperations.size();
        }
    }

    /** One client's socket: every message it sends is screened here before SmallRye's handler sees it. */
    private final class Socket implements GraphQLWebSocketSession {

        private final Vertx vertx;
        private final ServerWebSocket webSocket;
        private final boolean legacy;
        private final Operations protocol;
        private final Runnable endScope;
        private volatile long expiresAt = Long.MAX_VALUE;
        private volatile long expiryTimer = -1;
        private long stalledSince;
        private long queuedSince;

        Socket(Vertx vertx, ServerWebSocket webSocket, String protocol, Map<String, Object> metaData, Runnable endScope) {
            this.vertx = vertx;
            this.webSocket = webSocket;
            this.legacy = LEGACY_WS.equals(protocol);
            this.endScope = endScope;
            webSocket.setWriteQueueMaxSize((int) Math.min(Integer.MAX_VALUE, limits.maxPending().asLongValue()));
            this.protocol = legacy ? new LegacyWs(this, metaData) : new TransportWs(this, metaData);
            webSocket.textMessageHandler(isolated(this::received));
            webSocket.binaryMessageHandler(b -> close((short) 4400, "Binary messages are not part of the protocol"));
            webSocket.exceptionHandler(t -> LOG.debugf("WebSocket error: %s", t.toString()));
            webSocket.closeHandler(v -> closed());
        }

        int running() {
            return protocol.running();
        }

        /** The token that opened the socket ends its rights when it expires: the socket is closed then. */
        void expireWith(SecurityIdentity identity) {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
                expiresAt = (token.getExpirationTime() + clockSkew) * 1000;
                long delay = Math.max(1, expiresAt - System.currentTimeMillis());
                expiryTimer = vertx.setTimer(delay, id -> expired());
            }
        }

        private boolean expired() {
            if (System.currentTimeMillis() < expiresAt) {
                return false;
            }
            close((short) 4403, "Forbidden: the token has expired");
            return true;
        }

        private void received(String text) {
            if (expired()) {
                return;
            }
            if (text.length() > maxMessage) {
                close((short) 4400, "Message too large");
                return;
            }
            JsonNode message;
            try {
                message = reader.readTree(text);
            } catch (JsonProcessingException e) {
                refuse("Invalid message: not JSON within the bounds of this server");
                return;
            }
            String type = message == null ? null : message.path("type").asText(null);
            if (type == null || !(legacy ? LEGACY_WS_TYPES : TRANSPORT_WS_TYPES).contains(type)) {
                refuse("Invalid message: unknown type");
                return;
            }
            switch (type) {
                case "subscribe", "start" -> operation((ObjectNode) message);
                case "complete", "stop" -> {
                    if (!message.path("id").isTextual()) {
                        refuse("Invalid message: no id");
                        return;
                    }
                    protocol.onMessage(text);
                }
                case "connection_terminate" -> close((short) 1000, "");
                default -> protocol.onMessage(text);
            }
        }

        /** A request to run: checked as over HTTP, within the bounds on operations, then handed to SmallRye. */
        private void operation(ObjectNode message) {
            JsonNode id = message.get("id");
            if (id == null || !id.isTextual() || id.asText().isEmpty() || id.asText().length() > MAX_ID) {
                refuse("Invalid message: an operation needs an id of 1 to " + MAX_ID + " characters");
                return;
            }
            if (!(message.get("payload") instanceof ObjectNode payload)) {
                refuse("Invalid message: an operation needs a payload object");
                return;
            }
            String operation = id.asText();
            if (protocol.running() >= limits.maxOperations()) {
                error(operation, "LIMIT_EXCEEDED", "This socket runs " + protocol.running() + " operations, the most "
                        + "allowed (PARLEY_MAX_SOCKET_OPERATIONS): complete one before starting another.");
                return;
            }
            if (runningOperations() >= limits.maxInstanceOperations()) {
                error(operation, "UNAVAILABLE", "This server runs the most WebSocket operations it allows "
                        + "(PARLEY_MAX_SOCKET_OPERATIONS_TOTAL): try again later.");
                return;
            }
            RequestChecks.Checked checked = checks.check(payload, ".");
            if (checked.refusal() != null) {
                RequestChecks.Refusal refusal = checked.refusal();
                error(operation, refusal.code(), refusal.message());
                return;
            }
            protocol.onMessage(message.toString());
        }

        /** An error for one operation, in the shape of its protocol (graphql-ws sends one error, not a list). */
        private void error(String id, String code, String text) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", TextRules.bounded(text));
            error.put("extensions", Map.of("code", code));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", id);
            answer.put("type", "error");
            answer.put("payload", legacy ? error : List.of(error));
            try {
                sendMessage(reader.writeValueAsString(answer));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A message that is not one of the protocol: the socket is closed, as graphql-transport-ws prescribes. */
        private void refuse(String reason) {
            LOG.debugf("WebSocket closed: %s", reason);
            close((short) 4400, reason);
        }

        /**
         * Runs a handler of this socket with no SmallRye context on the thread before or after: SmallRye reuses one
         * left on the thread for the next request, and context propagation captures it into the next request's
         * security identity, which chained every socket to the one before it.
         */
        private <T> Handler<T> isolated(Handler<T> handler) {
            return event -> {
                SmallRyeContextManager.clearCurrentSmallRyeContext();
                try {
                    handler.handle(event);
                } finally {
                    SmallRyeContextManager.clearCurrentSmallRyeContext();
                }
            };
        }

        private void closed() {
            if (open.remove(this)) {
                if (expiryTimer >= 0) {
                    vertx.cancelTimer(expiryTimer);
                }
                protocol.onClose(); // cancels its subscriptions and its keep-alive pings
                endScope.run();
            }
        }

        @Override
        public void sendMessage(String message) {
            if (webSocket.isClosed()) {
                return;
            }
            if (webSocket.writeQueueFull() && stalled(message.length())) {
                // the client does not read what it asked for: what it has not read stays in this server's memory
                close((short) 1008, "Closed: the client did not read its messages");
                return;
            }
            webSocket.writeTextMessage(message);
        }

        /**
         * Whether a client whose messages wait past the bound reads too slowly to keep: a burst it reads a moment later
         * is kept; one that has not drained for {@value #STALL_SECONDS} s, or lets as much again pile up, is not.
         */
        private synchronized boolean stalled(int characters) {
            long now = System.nanoTime();
            if (stalledSince == 0) {
                stalledSince = now;
                queuedSince = 0;
                webSocket.drainHandler(v -> {
                    synchronized (this) {
                        stalledSince = 0;
                    }
                });
            }
            queuedSince += characters;
            return queuedSince > limits.maxPending().asLongValue() || now - stalledSince > STALL_SECONDS * 1_000_000_000L;
        }

        @Override
        public void close(short statusCode, String reason) {
            if (!webSocket.isClosed()) {
                webSocket.close(statusCode, reason);
            }
        }

        @Override
        public boolean isClosed() {
            return webSocket.isClosed();
        }

        @Override
        public String toString() {
            return "socket from " + webSocket.remoteAddress();
        }
    }
}
