package org.parley.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.PackagedApp;
import org.parley.TestDatabase;

/**
 * Data the application cannot use stops it at once: the process exits non-zero within seconds and says, in one line,
 * what it could not open and why; it neither hangs without a port nor floods the log with retries.
 */
class StartupFailureIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private Path dir;

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/startup-failure")), "run-");
    }

    @Test
    void corruptFile() throws IOException {
        assumeFalse(TestDatabase.onPostgres());
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(dir.resolve("parley.mv.db"), garbage);
        String line = refused(Map.of("PARLEY_DB_URL", "jdbc:h2:file:" + dir.resolve("parley").toAbsolutePath()));
        assertTrue(line.contains(dir.resolve("parley.mv.db").toAbsolutePath().toString()) && line.contains("corrupt"), line);
    }

    @Test
    void fileLockedByAnotherProcess() {
        assumeFalse(TestDatabase.onPostgres());
        Map<String, String> settings = PackagedApp.database(dir.resolve("parley"), null);
        try (PackagedApp first = new PackagedApp(dir.resolve("holder.log"), settings).start()) {
            String line = refused(settings);
            assertTrue(line.contains("already in use") && line.contains(dir.toAbsolutePath().toString()), line);
            assertTrue(first.process().isAlive(), "the instance that holds the file keeps running");
        }
    }

    @Test
    void folderThatCannotBeCreated() throws IOException {
        assumeFalse(TestDatabase.onPostgres());
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        String line = refused(Map.of("PARLEY_DB_URL", "jdbc:h2:file:" + notAFolder.resolve("parley").toAbsolutePath()));
        assertTrue(line.contains(notAFolder.toAbsolutePath().toString()), line);
    }

    @Test
    void databaseServerRefuses() {
        assumeTrue(TestDatabase.onPostgres());
        String base = TestDatabase.ADMIN_URL.substring(0, TestDatabase.ADMIN_URL.lastIndexOf('/') + 1);
        String line = refused(Map.of("PARLEY_DB_URL", base + "parley_no_such_database", "PARLEY_DB_USER", TestDatabase.ADMIN_USER));
        assertTrue(line.contains("parley_no_such_database"), line);
    }

    /** Starts the application on these settings and returns the one line that says why it stopped. */
    private String refused(Map<String, String> settings) {
        Path log = dir.resolve("refused-" + System.nanoTime() + ".log");
        try (PackagedApp app = new PackagedApp(log, settings).launch()) {
            Integer exit = app.waitForExit(WITHIN);
            assertNotNull(exit, "still running after " + WITHIN.toSeconds() + " s: " + app.logText());
            assertNotEquals(0, exit);
            List<String> lines = app.logText().lines().filter(l -> l.startsWith("Parley cannot open its database")).toList();
            assertEquals(1, lines.size(), "one line that says what: " + app.logText());
            return lines.get(0);
        }
    }
}
