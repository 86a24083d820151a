package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PositionsTest} against the packaged application. */
@QuarkusIntegrationTest
class PositionsIT extends PositionsTest {
}
