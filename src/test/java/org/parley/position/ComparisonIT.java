package org.parley.position;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ComparisonTest} against the packaged application. */
@QuarkusIntegrationTest
class ComparisonIT extends ComparisonTest {
}
