package org.parley.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CitationsTest} against the packaged application (JVM and native). */
@QuarkusIntegrationTest
class CitationsIT extends CitationsTest {
}
