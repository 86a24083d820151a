package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TrustedDocumentsTest} against the packaged application. */
@QuarkusIntegrationTest
class TrustedDocumentsIT extends TrustedDocumentsTest {
}
