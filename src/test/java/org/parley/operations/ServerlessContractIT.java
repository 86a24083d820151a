package org.parley.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parley.PackagedApp;
import org.parley.TestDatabase;

/**
 * What Cloud Run and Knative ask of a container, in the read-only mode they run (docs/deployment.md): listen on
 * `PORT`, answer the health probes, serve the bundled data from memory, end cleanly on SIGTERM, and write nothing
 * to disk (a read-only root file system): the working directory and home stay empty.
 */
class ServerlessContractIT {

    @Test
    void aReadOnlyInstanceListensOnPortAnswersAndStopsWritingNothing() throws Exception {
        assumeFalse(TestDatabase.onPostgres()); // the read-only mode is the H2 build's in-memory database
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/serverless")), "run-");
        Path work = Files.createDirectory(dir.resolve("work"));
        Path home = Files.createDirectory(dir.resolve("home"));
        Map<String, String> settings = Map.of("PARLEY_DB_URL", "jdbc:h2:mem:parley;DB_CLOSE_DELAY=-1",
                "HOME", home.toAbsolutePath().toString());
        PackagedApp app = new PackagedApp(dir.resolve("app.log"), settings).inDirectory(work).start(); // ready on PORT
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String probe : List.of("/q/health/live", "/q/health/ready")) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(app.url(probe))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), probe);
                assertTrue(health.body().contains("\"UP\""), probe + ": " + health.body());
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.url("/graphql")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ rounds(first: 1) { nodes { city } } }\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("\"city\":\"Istanbul\""), answer.body());
        } finally {
            app.terminate();
        }
        Integer exit = app.waitForExit(Duration.ofSeconds(30));
        assertNotNull(exit, "still running 30 s after SIGTERM");
        // 143 (128 + SIGTERM) is how a JVM reports an orderly exit on SIGTERM
        assertTrue(exit == 0 || exit == 143, "SIGTERM should end the process cleanly, not with " + exit);
        assertEquals(List.of(), written(work), "written to the working directory");
        assertEquals(List.of(), written(home), "written to the home directory");
        assertEquals(List.of(), app.stackTraces());
    }

    private static List<Path> written(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(path -> !path.equals(dir)).toList();
        }
    }
}
