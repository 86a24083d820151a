package org.parley.agreement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AgreementsTest} against the packaged application (JVM and native). */
@QuarkusIntegrationTest
class AgreementsIT extends AgreementsTest {
}
