package org.parley.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EditingErrorsTest} against the packaged application. */
@QuarkusIntegrationTest
class EditingErrorsIT extends EditingErrorsTest {
}
