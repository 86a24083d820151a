package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TimeTravelTest} against the packaged application. */
@QuarkusIntegrationTest
class TimeTravelIT extends TimeTravelTest {
}
