package org.parley;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A graphql-transport-ws client (the protocol of the graphql-ws library): every message received lands in a queue. */
public final class GraphQLSocket implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    /** Connects to the GraphQL endpoint at {@code http} (its http URL) and completes the handshake. */
    public static GraphQLSocket open(URI http) throws Exception {
        return open(http, null);
    }

    /** Connects with a bearer token (null: none) and completes the handshake. */
    public static GraphQLSocket open(URI http, String token) throws Exception {
        GraphQLSocket client = new GraphQLSocket();
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client.socket = builder.buildAsync(ws, client).get(10, TimeUnit.SECONDS);
        client.send(Map.of("type", "connection_init"));
        assertThat(client.next().get("type").asText(), is("connection_ack"));
        return client;
    }

    public void subscribe(String id, String query, String operationName, Map<String, Object> variables) throws Exception {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query,
                "operationName", operationName, "variables", variables)));
    }

    /** Runs a query or mutation over the socket and returns the payload of its one `next` message. */
    public JsonNode execute(String id, String query) throws Exception {
        return execute(id, query, Map.of());
    }

    /** Runs a query or mutation with these variables; the payload of its one `next` message. */
    public JsonNode execute(String id, String query, Map<String, Object> variables) throws Exception {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
        JsonNode message = next();
        assertThat(message.toString(), message.get("type").asText(), is("next"));
        assertThat(message.get("id").asText(), is(id));
        return message.get("payload");
    }

    public void send(Object message) throws Exception {
        sendText(JSON.writeValueAsString(message));
    }

    /** Sends a text frame as it is, JSON or not. */
    public void sendText(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** The status code the server closed the socket with, waiting for it at most {@code seconds}. */
    public int closedWith(long seconds) throws Exception {
        return closed.get(seconds, TimeUnit.SECONDS);
    }

    /** The next message other than the server's keep-alive pings (answered with a pong). */
    public JsonNode next() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); // pings must not keep a test waiting forever
        while (true) {
            JsonNode message = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no message within 20 s");
            }
            if (!"ping".equals(message.path("type").asText())) {
                return message;
            }
            send(Map.of("type", "pong"));
        }
    }

    /** The next message if one comes within {@code millis}, else null. */
    public JsonNode poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (closed.isDone()) {
            socket.abort();
            return;
        }
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a close frame that cannot be sent changes nothing: the connection is aborted below
        } finally {
            socket.abort(); // the server's close frame is not awaited: the connection ends here
        }
    }
}
