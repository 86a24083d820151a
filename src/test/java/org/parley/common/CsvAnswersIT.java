package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CsvAnswersTest} against the packaged application. */
@QuarkusIntegrationTest
class CsvAnswersIT extends CsvAnswersTest {
}
