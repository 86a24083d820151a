package org.parley.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.PackagedApp;
import org.parley.ScratchData;
import org.parley.TestDatabase;
import org.parley.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an operator's platform does to a process: kill it (SIGKILL, no warning) or stop it (SIGTERM) in the middle of
 * a burst of writes, then start it again on the same data. Every write answered with success must be there after
 * the restart, and no write may be half there: each round is written together with its new source, so a round
 * without its source, or a source without its round, would be half a mutation.
 */
class DurabilityIT {

    private static final String DOCUMENT = GraphQLClient.document("durability");
    private static final String TOKEN = Tokens.editor("durability@parley.test");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 8;
    /** Round numbers stay within the rule's bound whatever the machine's speed. */
    private static final int MAX_WRITES = 900;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ScratchData data;

    @BeforeEach
    void freshData() throws IOException {
        data = ScratchData.create("durability");
    }

    @AfterEach
    void dropData() {
        data.close();
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        Map<String, String> settings = data.settings();
        Burst burst;
        try (PackagedApp app = new PackagedApp(data.dir().resolve("first.log"), settings).start()) {
            burst = new Burst(app, talksOf(app));
            burst.runUntil(() -> burst.acknowledged.size() >= 150, app::kill);
        }
        assertTrue(burst.acknowledged.size() >= 150, "the writers made too little progress: " + burst.acknowledged.size());
        try (PackagedApp again = new PackagedApp(data.dir().resolve("second.log"), settings).start()) {
            burst.assertStoredExactlyOnce(again);
        }
    }

    /**
     * A process can die between a write's commit and the advance of the data version that follows it; so every start
     * moves the version on, and no ETag handed out before a restart is answered 304 after it.
     */
    @Test
    void aRestartRetiresEveryEtag() throws Exception {
        Map<String, String> settings = data.settings();
        String etag;
        try (PackagedApp app = new PackagedApp(data.dir().resolve("first.log"), settings).start()) {
            HttpResponse<String> first = get(app, null);
            assertEquals(200, first.statusCode(), first.body());
            etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + first.headers().map()));
            assertEquals(304, get(app, etag).statusCode(), "the ETag holds while nothing is written");
            app.kill();
        }
        try (PackagedApp again = new PackagedApp(data.dir().resolve("second.log"), settings).start()) {
            HttpResponse<String> after = get(again, etag);
            assertEquals(200, after.statusCode());
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        }
    }

    private HttpResponse<String> get(PackagedApp app, String ifNoneMatch) throws IOException {
        String query = URLEncoder.encode("{ talks(first: 1) { nodes { name } } }", StandardCharsets.UTF_8);
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(app.url("/graphql?query=" + query)))
                .timeout(Duration.ofSeconds(30)).header("apollo-require-preflight", "true").GET();
        if (ifNoneMatch != null) {
            get.header("If-None-Match", ifNoneMatch);
        }
        try {
            return http.send(get.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void sigtermLetsRunningWritesFinishBeforeTheDatabaseCloses() throws Exception {
        Map<String, String> settings = data.settings();
        Burst burst;
        PackagedApp app = new PackagedApp(data.dir().resolve("first.log"), settings).start();
        try {
            burst = new Burst(app, talksOf(app));
            burst.runUntil(() -> burst.acknowledged.size() >= 150, app::terminate);
            Integer exit = app.waitForExit(Duration.ofSeconds(30));
            // 143 (128 + SIGTERM) is how a JVM reports an orderly exit on SIGTERM
            assertTrue(exit != null && (exit == 0 || exit == 143), "SIGTERM should end the process cleanly, not with " + exit);
        } finally {
            app.close();
        }
        assertTrue(burst.failures.isEmpty(), "requests in flight at SIGTERM failed: " + burst.failures);
        assertTrue(app.stackTraces().isEmpty(), "stack traces in the log: " + app.stackTraces());
        try (PackagedApp again = new PackagedApp(data.dir().resolve("second.log"), settings).start()) {
            burst.assertStoredExactlyOnce(again);
        }
    }

    /** A conflict's new talks, so that round numbers start at 1 and the read-back sees only this test's rounds. */
    private String talksOf(PackagedApp app) throws Exception {
        JsonNode setting = post(app, "Setting", Map.of()).path("data").path("talks").path("nodes").get(0);
        Map<String, Object> input = Map.of("name", "Durability " + data.dir().getFileName(), "conflict",
                setting.path("conflict").path("id").asText(),
                "newSources", List.of(Map.of("url", "https://durability.parley.test/talks/" + data.dir().getFileName())));
        return post(app, "Talks", Map.of("input", input)).path("data").path("record").path("id").asText();
    }

    /** Writers that create rounds until told to stop, each remembering what was acknowledged. */
    private final class Burst {
        final PackagedApp app;
        final String talks;
        final String tag = "https://durability.parley.test/" + System.nanoTime() + "/";
        final AtomicInteger numbers = new AtomicInteger();
        final Set<Integer> acknowledged = java.util.Collections.synchronizedSet(new TreeSet<>());
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final AtomicBoolean stopped = new AtomicBoolean();

        Burst(PackagedApp app, String talks) {
            this.app = app;
            this.talks = talks;
        }

        /** Runs the writers; once {@code ready} holds, does {@code blow} to the process while they keep writing. */
        void runUntil(java.util.function.BooleanSupplier ready, Runnable blow) throws InterruptedException {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int i = 0; i < WRITERS; i++) {
                writers.submit(this::write);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!ready.getAsBoolean() && System.nanoTime() < deadline && numbers.get() < MAX_WRITES) {
                Thread.sleep(5);
            }
            blow.run();
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers did not stop");
        }

        private void write() {
            while (!stopped.get()) {
                int number = numbers.incrementAndGet();
                if (number > MAX_WRITES) {
                    return;
                }
                Map<String, Object> input = new HashMap<>(Map.of("talks", talks, "number", number, "date", "2025-06-02",
                        "status", "HELD", "newSources", List.of(Map.of("url", tag + number))));
                HttpResponse<String> response;
                try {
                    response = send(app, "Write", Map.of("input", input));
                } catch (IOException e) {
                    stopped.set(true); // the process is gone or no longer listening: a clean refusal
                    return;
                }
                try {
                    JsonNode body = JSON.readTree(response.body());
                    if (response.statusCode() == 200 && body.path("data").path("record").path("number").asInt() == number) {
                        acknowledged.add(number);
                    } else if (response.statusCode() == 503
                            || body.at("/errors/0/extensions/code").asText().equals("UNAVAILABLE")) {
                        stopped.set(true); // shutting down: refused, not made
                    } else {
                        failures.add(response.statusCode() + " " + response.body());
                    }
                } catch (IOException e) {
                    failures.add(response.statusCode() + " " + response.body());
                }
            }
        }

        /** Every acknowledged round is stored with its source; every stored round and source belong together. */
        void assertStoredExactlyOnce(PackagedApp restarted) throws Exception {
            Map<Integer, List<String>> rounds = new HashMap<>();
            for (JsonNode round : all(restarted, "Rounds", "talks", talks, "rounds")) {
                List<String> urls = new ArrayList<>();
                round.path("sources").forEach(s -> urls.add(s.path("url").asText()));
                rounds.put(round.path("number").asInt(), urls);
            }
            Set<Integer> lost = new TreeSet<>(acknowledged);
            lost.removeAll(rounds.keySet());
            assertTrue(lost.isEmpty(), lost.size() + " of " + acknowledged.size() + " acknowledged writes are lost: " + lost);
            rounds.forEach((number, urls) -> assertEquals(List.of(tag + number), urls, "round " + number + "'s sources"));
            Set<String> sources = new TreeSet<>();
            all(restarted, "Sources", "text", tag, "sources").forEach(s -> sources.add(s.path("url").asText()));
            Set<String> expected = new TreeSet<>();
            rounds.keySet().forEach(n -> expected.add(tag + n));
            if (TestDatabase.onPostgres()) {
                assertEquals(expected, sources, "sources written without their round");
                return;
            }
            // H2's recovery after SIGKILL once kept part of a write in flight at the kill, never acknowledged: round
            // 153's source and citation without the round (CI, 2026-12-08; docs/deployment.md). An acknowledged write
            // must still be whole, and what is kept of unacknowledged ones is at most one per writer.
            assertTrue(sources.containsAll(expected), "rounds stored without their source");
            Set<String> orphans = new TreeSet<>(sources);
            orphans.removeAll(expected);
            acknowledged.forEach(n -> assertTrue(!orphans.contains(tag + n), "acknowledged round " + n + " is stored in part"));
            assertTrue(orphans.size() <= WRITERS, "more partial writes than writers in flight: " + orphans);
        }
    }

    /** Every node of a connection, page by page. */
    private List<JsonNode> all(PackagedApp app, String operation, String name, String value, String field) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put(name, value);
            variables.put("after", after);
            JsonNode page = post(app, operation, variables).path("data").path(field);
            assertNotNull(page, operation);
            page.path("nodes").forEach(nodes::add);
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (after != null);
        return nodes;
    }

    private JsonNode post(PackagedApp app, String operation, Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = send(app, operation, variables);
        JsonNode body = JSON.readTree(response.body());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(body.path("errors").isMissingNode(), response.body());
        return body;
    }

    private HttpResponse<String> send(PackagedApp app, String operation, Map<String, Object> variables) throws IOException {
        Map<String, Object> request = new HashMap<>();
        request.put("query", DOCUMENT);
        request.put("operationName", operation);
        request.put("variables", variables);
        HttpRequest post = HttpRequest.newBuilder(URI.create(app.url("/graphql"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build();
        try {
            return http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
