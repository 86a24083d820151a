package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ErrorsTest} against the packaged application. */
@QuarkusIntegrationTest
class ErrorsIT extends ErrorsTest {
}
