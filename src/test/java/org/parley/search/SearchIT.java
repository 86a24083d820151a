package org.parley.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SearchTest} against the packaged application. */
@QuarkusIntegrationTest
class SearchIT extends SearchTest {
}
