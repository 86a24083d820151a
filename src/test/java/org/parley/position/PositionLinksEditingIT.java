package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PositionLinksEditingTest} against the packaged application (JVM and native). */
@QuarkusIntegrationTest
class PositionLinksEditingIT extends PositionLinksEditingTest {
}
