package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OrderingTest} against the packaged application. */
@QuarkusIntegrationTest
class OrderingIT extends OrderingTest {
}
