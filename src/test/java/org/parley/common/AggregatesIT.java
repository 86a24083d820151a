package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AggregatesTest} against the packaged application. */
@QuarkusIntegrationTest
class AggregatesIT extends AggregatesTest {
}
