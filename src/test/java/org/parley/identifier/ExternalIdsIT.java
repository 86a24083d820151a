package org.parley.identifier;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ExternalIdsTest} against the packaged application: natively, the reflection check of the identifiers' types. */
@QuarkusIntegrationTest
class ExternalIdsIT extends ExternalIdsTest {
}
