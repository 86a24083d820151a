package org.parley.talks;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RoundsTest} against the packaged application. */
@QuarkusIntegrationTest
class RoundsIT extends RoundsTest {
}
