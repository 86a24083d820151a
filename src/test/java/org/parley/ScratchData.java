package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder under target/ and, when the tests run on PostgreSQL, a database of one test's own, for a packaged
 * application the test starts itself ({@link PackagedApp}); the database is dropped on close.
 */
public record ScratchData(Path dir, String pgDatabase) implements AutoCloseable {

    public static ScratchData create(String name) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", name)), "run-");
        String pgDatabase = "parley_" + name.replace('-', '_') + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        if (TestDatabase.onPostgres()) {
            TestDatabase.admin("create database " + pgDatabase);
        }
        return new ScratchData(dir, pgDatabase);
    }

    /** The settings that put the application's database here. */
    public Map<String, String> settings() {
        return PackagedApp.database(dir.resolve("parley"), pgDatabase);
    }

    @Override
    public void close() {
        if (TestDatabase.onPostgres()) {
            TestDatabase.admin("drop database if exists " + pgDatabase + " with (force)");
        }
    }
}
