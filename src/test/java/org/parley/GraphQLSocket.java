package org.parley;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
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
    private WebSocket socket;

    /** Connects to the GraphQL endpoint at {@code http} (its http URL) and completes the handshake. */
    public static GraphQLSocket open(URI http) throws Exception {
        GraphQLSocket client = new GraphQLSocket();
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(ws, client).get(10, TimeUnit.SECONDS);
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
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
        JsonNode message = next();
        assertThat(message.toString(), message.get("type").asText(), is("next"));
        assertThat(message.get("id").asText(), is(id));
        return message.get("payload");
    }

    public void send(Object message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    }

    /** The next message other than the server's keep-alive pings (answered with a pong). */
    public JsonNode next() throws Exception {
        while (true) {
            JsonNode message = received.poll(20, TimeUnit.SECONDS);
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
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        socket.abort(); // the server's close frame is not awaited: the connection ends here
    }
}
