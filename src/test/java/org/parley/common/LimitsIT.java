package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LimitsTest} against the packaged application. */
@QuarkusIntegrationTest
class LimitsIT extends LimitsTest {
}
