package org.parley.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.GraphQLSocket;
import org.parley.PackagedApp;
import org.parley.ScratchData;
import org.parley.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The attacks an anonymous client made on the server (issue #27), replayed against the packaged application at the
 * heap docs/deployment.md recommends (256 MB) while a normal client keeps reading: WebSocket subscriptions opened and
 * dropped by the thousand, thousands on one socket, a subscriber that stops reading, long distinct documents, frames
 * that are not the protocol, bad content types, requests abandoned by their client. The normal client's answers never
 * stop, nothing is answered 500, the log stays short and holds no OutOfMemoryError, and (on the JVM, where jcmd can
 * tell) the live heap comes back to where it was.
 */
class HostileClientsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NORMAL = GraphQLClient.document("http/first-rounds");
    private static final String STATEMENTS = GraphQLClient.document("sockets/statements");
    private static final String WIDE = GraphQLClient.document("sockets/wide-statements");
    private static final String SOURCE = GraphQLClient.document("sockets/source");
    private static final String STATEMENT = GraphQLClient.document("sockets/statement");
    private static final String HEAVY = GraphQLClient.document("canonical");
    private static final String TOKEN = Tokens.editor("hostile@parley.test");
    /** GraphQLOverWebSocket's patience with a socket whose messages stay unread past its bound. */
    private static final int STALL_SECONDS = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ScratchData data;

    @BeforeEach
    void freshData() throws IOException {
        data = ScratchData.create("hostile");
    }

    @AfterEach
    void dropData() {
        data.close();
    }

    @Test
    void noAnonymousClientExhaustsTheServer() throws Exception {
        try (PackagedApp app = new PackagedApp(data.dir().resolve("app.log"), data.settings())
                .withMaxHeap("256m").start()) {
            URI graphql = URI.create(app.url("/graphql"));
            warmUp(app, graphql);
            Map<String, Long> before = liveHeap(app);
            int logLines = app.logText().split("\n").length;

            NormalClient normal = new NormalClient(app);
            normal.start();

            subscriptionsOpenedAndDropped(graphql, 1_000);
            thousandsOnOneSocket(graphql, 2_000);
            aSubscriberThatStopsReading(app, graphql);
            longDistinctDocuments(app, 200);
            framesOutsideTheProtocol(graphql, 200);
            badContentTypes(app);
            abandonedRequests(app, 200);

            normal.finish();
            assertEquals(List.of(), normal.failures, "the normal client's failed answers");
            assertTrue(normal.answers.get() > 20, "the normal client was answered " + normal.answers.get() + " times");

            String log = app.logText();
            assertFalse(log.contains("OutOfMemoryError"), log);
            int added = log.split("\n").length - logLines;
            assertTrue(added < 100, added + " log lines written by the attacks: " + log.substring(Math.max(0, log.length() - 4_000)));
            assertEquals(List.of(), app.stackTraces(), "stack traces in the log");

            Map<String, Long> after = liveHeap(app);
            System.out.println("HostileClientsIT: live heap " + before + " before the attacks, " + after + " after; the normal "
                    + "client was answered " + normal.answers.get() + " times; " + added + " log lines");
            if (before != null) {
                long grown = after.get("bytes") - before.get("bytes");
                assertTrue(grown < before.get("bytes") / 10 + 4_000_000L, "live heap " + before + " before, " + after + " after");
                assertTrue(after.get("org.dataloader.DataLoader") <= before.get("org.dataloader.DataLoader") + 200,
                        "data loaders " + before + " before, " + after + " after");
                assertTrue(after.get("graphql.execution.ExecutionContext") <= before.get("graphql.execution.ExecutionContext") + 2,
                        "executions " + before + " before, " + after + " after");
            }
        }
    }

    /** Each kind of request once, so that what the server keeps for good (classes, caches, pools) is there before. */
    private void warmUp(PackagedApp app, URI graphql) throws Exception {
        for (int i = 0; i < 20; i++) {
            post(app, Map.of("query", NORMAL), null);
            try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
                socket.subscribe("s", STATEMENTS, "Statements", Map.of());
                socket.execute("q", NORMAL);
            }
        }
    }

    /** 1,000 sockets, 50 at a time, each subscribing and then closing; half say `complete` first. */
    private void subscriptionsOpenedAndDropped(URI graphql, int count) throws Exception {
        for (int done = 0; done < count; done += 50) {
            List<GraphQLSocket> open = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                GraphQLSocket socket = GraphQLSocket.open(graphql);
                socket.subscribe("s", STATEMENTS, "Statements", Map.of());
                open.add(socket);
            }
            for (int i = 0; i < open.size(); i++) {
                if (i % 2 == 0) {
                    open.get(i).send(Map.of("id", "s", "type", "complete"));
                }
                open.get(i).close();
            }
        }
    }

    /** Subscriptions past the socket's bound are refused, each with a coded error; the socket goes on. */
    private void thousandsOnOneSocket(URI graphql, int count) throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
            for (int i = 0; i < count; i++) {
                socket.subscribe("s" + i, STATEMENTS, "Statements", Map.of());
            }
            int refused = 0;
            for (JsonNode message = socket.poll(5_000); message != null; message = socket.poll(1_000)) {
                if ("error".equals(message.path("type").asText())) {
                    assertEquals("LIMIT_EXCEEDED", message.at("/payload/0/extensions/code").asText(), message.toString());
                    refused++;
                }
            }
            assertEquals(count - 20, refused, "subscriptions refused on one socket");
        }
    }

    /**
     * A client subscribes to large events and reads none (a raw socket with a small receive buffer: the JDK's client
     * keeps reading into its own memory): once what waits for it stays past the bound, the server closes its socket
     * (1008) instead of holding the events.
     */
    private void aSubscriberThatStopsReading(PackagedApp app, URI graphql) throws Exception {
        try (DeafSocket deaf = new DeafSocket(graphql)) {
            for (int i = 0; i < 20; i++) {
                deaf.send(JSON.writeValueAsString(Map.of("id", "w" + i, "type", "subscribe", "payload", Map.of("query", WIDE))));
            }
            Thread.sleep(500);
            String source = post(app, Map.of("query", SOURCE, "variables", Map.of("url", "https://example.org/hostile")), TOKEN)
                    .at("/data/createSource/id").asText();
            String text = "A statement long enough to fill a socket quickly. ".repeat(75);
            for (int i = 0; i < 40; i++) {
                post(app, Map.of("query", STATEMENT, "variables", Map.of("input", Map.of("speaker", "Hostile", "text", text + i,
                        "direct", false, "sources", List.of(source)))), TOKEN);
            }
            Thread.sleep((STALL_SECONDS + 1) * 1000L);
            // one more event finds the socket stalled past its time
            post(app, Map.of("query", STATEMENT, "variables", Map.of("input", Map.of("speaker", "Hostile", "text", text,
                    "direct", false, "sources", List.of(source)))), TOKEN);
            // the close frame waits behind what the client never read: the server may drop the connection without it
            int code = deaf.closeCode(Duration.ofSeconds(60));
            assertTrue(code == 1008 || code == -1, "the deaf subscriber's socket ended with " + code);
            System.out.println("HostileClientsIT: the deaf subscriber's socket ended with " + code);
        }
    }

    /**
     * Distinct 42 KB documents: those of the issue (14,000 fields) are refused before graphql-java validates them, and
     * long ones within the limits (1,500 fields and a long comment) are answered, parsed, and not kept past the cache's
     * bound.
     */
    private void longDistinctDocuments(PackagedApp app, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String query = "query A" + i + " { rounds(first: 1) { nodes { " + "id ".repeat(14_000) + "} } }";
            HttpResponse<String> response = send(app, JSON.writeValueAsString(Map.of("query", query)), "application/json", null);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("LIMIT_EXCEEDED", JSON.readTree(response.body()).at("/errors/0/extensions/code").asText(), response.body());

            String within = "# " + "padding ".repeat(4_000) + "\nquery B" + i + " { rounds(first: 1) { nodes { city " + "id ".repeat(1_500) + "} } }";
            response = send(app, JSON.writeValueAsString(Map.of("query", within)), "application/json", null);
            assertEquals("Istanbul", JSON.readTree(response.body()).at("/data/rounds/nodes/0/city").asText(""), response.body());
        }
    }

    private void framesOutsideTheProtocol(URI graphql, int count) throws Exception {
        String nested = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":" + "[".repeat(5_000) + "}";
        for (int i = 0; i < count; i++) {
            try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
                socket.sendText(nested);
                assertEquals(4400, socket.closedWith(10));
            }
        }
    }

    private void badContentTypes(PackagedApp app) throws Exception {
        for (String type : List.of(";", "application/json; charset=ebcdic", "application/json; charset=", "=;=", "application/json;;")) {
            HttpResponse<String> response = send(app, "{\"query\": \"{ __typename }\"}", type, null);
            assertTrue(response.statusCode() < 500, type + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Heavy requests whose client hangs up at once: their work is stopped, and none of it stays. */
    private void abandonedRequests(PackagedApp app, int count) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> abandoned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/graphql"))).timeout(Duration.ofMillis(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", HEAVY)))).build();
            abandoned.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> request : abandoned) {
            try {
                request.join();
            } catch (RuntimeException timedOut) {
                // the client gave up, as meant
            }
        }
        Thread.sleep(2_000);
    }

    /** Every class of the live heap (a full collection first), and their bytes; null for a native executable. */
    private static Map<String, Long> liveHeap(PackagedApp app) throws Exception {
        if (PackagedApp.isNative()) {
            return null;
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process histogram = new ProcessBuilder(jcmd, Long.toString(app.process().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String text = new String(histogram.getInputStream().readAllBytes());
        histogram.waitFor(60, TimeUnit.SECONDS);
        Map<String, Long> counts = new java.util.HashMap<>(Map.of("org.dataloader.DataLoader", 0L,
                "graphql.execution.ExecutionContext", 0L));
        Matcher row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+(\\S+)", Pattern.MULTILINE).matcher(text);
        while (row.find()) {
            if (counts.containsKey(row.group(2))) {
                counts.put(row.group(2), Long.parseLong(row.group(1)));
            }
        }
        Matcher total = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE).matcher(text);
        assertTrue(total.find(), text);
        counts.put("bytes", Long.parseLong(total.group(1)));
        return counts;
    }

    private JsonNode post(PackagedApp app, Map<String, Object> request, String token) throws Exception {
        HttpResponse<String> response = send(app, JSON.writeValueAsString(request), "application/json", token);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.path("errors").isMissingNode(), response.body());
        return body;
    }

    private HttpResponse<String> send(PackagedApp app, String body, String contentType, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url("/graphql"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A client reading the first rounds every 50 ms, recording any answer that is not a correct one in time. */
    private final class NormalClient extends Thread {
        final PackagedApp app;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger answers = new AtomicInteger();
        final List<String> failures = new ArrayList<>();
        private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

        NormalClient(PackagedApp app) {
            super("normal-client");
            this.app = app;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running.get()) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> response = send(app, JSON.writeValueAsString(Map.of("query", NORMAL)), "application/json", null);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (response.statusCode() != 200 || !"Istanbul".equals(JSON.readTree(response.body())
                            .at("/data/rounds/nodes/0/city").asText()) || millis > 5_000) {
                        seen.add(response.statusCode() + " in " + millis + " ms: " + response.body());
                    } else {
                        answers.incrementAndGet();
                    }
                    Thread.sleep(50);
                } catch (Exception e) {
                    seen.add(e.toString());
                }
            }
        }

        void finish() throws InterruptedException {
            running.set(false);
            join(30_000);
            failures.addAll(seen);
        }
    }

    /**
     * A WebSocket client on a raw TCP socket with a small receive buffer, which reads nothing until asked for the
     * server's close: the handshake, masked text frames, and a reader of frames that skips to the close frame.
     */
    private static final class DeafSocket implements AutoCloseable {
        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;

        DeafSocket(URI graphql) throws IOException {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(graphql.getHost(), graphql.getPort()), 2000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
            out.write(("GET " + graphql.getPath() + " HTTP/1.1\r\nHost: " + graphql.getHost() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            StringBuilder headers = new StringBuilder();
            while (!headers.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("no handshake: " + headers);
                }
                headers.append((char) b);
            }
            assertTrue(headers.toString().startsWith("HTTP/1.1 101"), headers.toString());
            send("{\"type\":\"connection_init\"}");
        }

        /** A text frame, masked as a client's must be. */
        void send(String text) throws IOException {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x81);
            if (payload.length < 126) {
                frame.write(0x80 | payload.length);
            } else {
                frame.write(0x80 | 126);
                frame.write(payload.length >> 8);
                frame.write(payload.length & 0xff);
            }
            byte[] mask = {1, 2, 3, 4};
            frame.write(mask);
            for (int i = 0; i < payload.length; i++) {
                frame.write(payload[i] ^ mask[i % 4]);
            }
            out.write(frame.toByteArray());
            out.flush();
        }

        /**
         * Reads (at last) what the server sent, to the close frame: its status code, or -1 if the server ended the
         * connection without one; a timeout if it did neither.
         */
        int closeCode(Duration within) throws IOException {
            socket.setSoTimeout((int) within.toMillis());
            DataInputStream frames = new DataInputStream(in);
            try {
                while (true) {
                    int first = frames.read();
                    if (first < 0) {
                        return -1;
                    }
                    int length = frames.readUnsignedByte() & 0x7f;
                    long size = length == 126 ? frames.readUnsignedShort() : length == 127 ? frames.readLong() : length;
                    if ((first & 0x0f) == 0x8) {
                        return size >= 2 ? frames.readUnsignedShort() : -1;
                    }
                    frames.skipNBytes(size);
                }
            } catch (EOFException | SocketException ended) {
                return -1;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
