package org.parley.agreement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SecondConflictTest} against the packaged application (JVM and native). */
@QuarkusIntegrationTest
class SecondConflictIT extends SecondConflictTest {
}
