package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OccurrencesTest} against the packaged application. */
@QuarkusIntegrationTest
class OccurrencesIT extends OccurrencesTest {
}
