package org.parley.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CitationsEditingTest} against the packaged application (JVM and native). */
@QuarkusIntegrationTest
class CitationsEditingIT extends CitationsEditingTest {
}
