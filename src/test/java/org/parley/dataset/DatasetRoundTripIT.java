package org.parley.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.PackagedApp;
import org.parley.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Export beside import, through the packaged application's command line (`export FILE`): a database loaded from a
 * dataset exports a file that, loaded into an empty database and exported again, gives the same file, on the bundled
 * data and on generated data; and the export holds as many records as the file loaded.
 */
class DatasetRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;
    private final Map<String, String> databases = new HashMap<>();

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/round-trip")), "run-");
    }

    @AfterEach
    void dropDatabases() {
        if (TestDatabase.onPostgres()) {
            databases.values().forEach(name -> TestDatabase.admin("drop database if exists " + name + " with (force)"));
        }
    }

    /** Starts on an empty database of its own, loading {@code dataset} (the bundled one when null), and exports it. */
    private JsonNode loadAndExport(String name, Path dataset) throws IOException {
        String pgDatabase = "parley_round_trip_" + ProcessHandle.current().pid() + "_" + name.replace('-', '_') + "_"
                + System.nanoTime() % 100000;
        if (TestDatabase.onPostgres()) {
            TestDatabase.admin("create database " + pgDatabase);
            databases.put(name, pgDatabase);
        }
        Map<String, String> settings = new HashMap<>(PackagedApp.database(dir.resolve(name), pgDatabase));
        if (dataset != null) {
            settings.put("PARLEY_DATASET_PATH", dataset.toAbsolutePath().toString());
        }
        Path export = dir.resolve(name + "-export.json");
        try (PackagedApp app = new PackagedApp(dir.resolve(name + ".log"), settings)) {
            int exit = app.run(Duration.ofSeconds(120), "export", export.toAbsolutePath().toString());
            assertEquals(0, exit, "export ended with " + exit + ": " + app.logText());
        }
        return JSON.readTree(export.toFile());
    }

    /** The file without its description, which says when it was written. */
    private static JsonNode records(JsonNode file) {
        ObjectNode copy = file.deepCopy();
        copy.remove("description");
        return copy;
    }

    private void assertRoundTrip(String name, Path dataset) throws IOException {
        JsonNode first = loadAndExport(name + "-first", dataset);
        JsonNode second = loadAndExport(name + "-second", dir.resolve(name + "-first-export.json"));
        assertEquals(records(first), records(second), "the export of the re-loaded export differs");
        JsonNode original = dataset == null
                ? JSON.readTree(getClass().getClassLoader().getResource("dataset/istanbul-2025.json"))
                : JSON.readTree(dataset.toFile());
        for (String section : new String[] { "sources", "parties", "people", "conflicts", "positions", "statements" }) {
            assertThat(section, first.path(section).size(), is(original.path(section).size()));
        }
        assertThat(count(first, "rounds"), is(count(original, "rounds")));
        assertThat(count(first, "delegations"), is(count(original, "delegations")));
        assertThat(count(first, "offices"), is(count(original, "offices")));
    }

    /** How many records a nested section holds, at any depth. */
    private static int count(JsonNode node, String section) {
        int n = 0;
        if (node.isObject() && node.has(section)) {
            n += node.get(section).size();
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                n += count(child, section);
            }
        }
        return n;
    }

    @Test
    void theBundledDatasetSurvivesExportAndImport() throws IOException {
        assertRoundTrip("bundled", null);
    }

    @Test
    void generatedDataSurvivesExportAndImport() throws IOException {
        Path synthetic = dir.resolve("synthetic.json");
        SyntheticDataset.write(synthetic, Map.of("conflicts", 3, "talks", 6, "rounds", 30, "delegations", 60,
                "positions", 300));
        assertRoundTrip("synthetic", synthetic);
    }
}
