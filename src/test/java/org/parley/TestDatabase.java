package org.parley;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh, empty database for every start of the application under test, so no test sees another profile's
 * data. On H2 (the default) an in-memory database; with PARLEY_DB_KIND=postgresql a database created on the
 * PostgreSQL server (PARLEY_TEST_PG_URL, default 127.0.0.1:5432, user postgres) and dropped afterwards.
 * Declared here once, it applies to every test (unrestricted test resource).
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_URL = env("PARLEY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String ADMIN_USER = env("PARLEY_TEST_PG_USER", "postgres");

    private String database;

    public static boolean onPostgres() {
        return "postgresql".equals(System.getenv("PARLEY_DB_KIND"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public Map<String, String> start() {
        // Unique per start: Quarkus loads this class afresh for each application start, so no static counter.
        String n = Long.toString(System.nanoTime(), 36);
        if (!onPostgres()) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:parley-" + n + ";DB_CLOSE_DELAY=-1");
        }
        database = "parley_test_" + ProcessHandle.current().pid() + "_" + n;
        admin("drop database if exists " + database);
        admin("create database " + database);
        return Map.of("quarkus.datasource.jdbc.url", ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database,
                "quarkus.datasource.username", ADMIN_USER, "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (database != null) {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    public static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + ": " + e.getMessage(), e);
        }
    }
}
