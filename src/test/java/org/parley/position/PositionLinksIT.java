package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PositionLinksTest} against the packaged application (JVM and native). */
@QuarkusIntegrationTest
class PositionLinksIT extends PositionLinksTest {
}
