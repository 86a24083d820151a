import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Used by .ci/two-instances.sh: subscribes to `statementRecorded(round)` over graphql-transport-ws, prints
 * "subscribed" once the server has acknowledged the connection and had a moment to register the subscription, then
 * prints the first event it receives and exits 0; exits 1 when none comes within 30 s.
 * Usage: java .ci/Subscribe.java ws://localhost:18182/graphql ROUND_ID
 */
public class Subscribe {

    public static void main(String[] args) throws Exception {
        CompletableFuture<String> event = new CompletableFuture<>();
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create(args[0]), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            String message = text.toString();
                            text.setLength(0);
                            if (message.contains("\"connection_ack\"")) {
                                acknowledged.complete(null);
                            } else if (message.contains("\"ping\"")) {
                                webSocket.sendText("{\"type\":\"pong\"}", true);
                            } else {
                                event.complete(message);
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"connection_init\"}", true);
        acknowledged.get(10, TimeUnit.SECONDS);
        socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + "\"subscription($r: ID) { statementRecorded(round: $r) { text createdBy } }\","
                + "\"variables\":{\"r\":\"" + args[1] + "\"}}}", true);
        Thread.sleep(1000);
        System.out.println("subscribed");
        try {
            System.out.println(event.get(30, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("no event within 30 s");
            System.exit(1);
        }
        System.exit(0);
    }
}
