package org.parley.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EditingTest} against the packaged application. */
@QuarkusIntegrationTest
class EditingIT extends EditingTest {
}
