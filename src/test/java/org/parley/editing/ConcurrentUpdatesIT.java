package org.parley.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ConcurrentUpdatesTest} against the packaged application. */
@QuarkusIntegrationTest
class ConcurrentUpdatesIT extends ConcurrentUpdatesTest {
}
