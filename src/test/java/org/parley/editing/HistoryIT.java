package org.parley.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HistoryTest} against the packaged application. */
@QuarkusIntegrationTest
class HistoryIT extends HistoryTest {
}
