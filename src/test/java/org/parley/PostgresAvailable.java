package org.parley;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When the suite runs against PostgreSQL and no server answers, skips it with a visible message, unless
 * PARLEY_REQUIRE_POSTGRES=true (as in CI), in which case the tests run and fail. Registered for every test class
 * through META-INF/services.
 */
public class PostgresAvailable implements ExecutionCondition {

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.onPostgres() || "true".equals(System.getenv("PARLEY_REQUIRE_POSTGRES"))) {
            return ConditionEvaluationResult.enabled("database available");
        }
        if (reachable == null) {
            reachable = probe();
            if (!reachable) {
                System.err.println("*** PostgreSQL not reachable at " + TestDatabase.ADMIN_URL
                        + ": the PostgreSQL suite is SKIPPED (set PARLEY_REQUIRE_POSTGRES=true to fail instead) ***");
            }
        }
        return reachable ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + TestDatabase.ADMIN_URL);
    }

    private static boolean probe() {
        try (Connection ignored = DriverManager.getConnection(TestDatabase.ADMIN_URL, TestDatabase.ADMIN_USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
