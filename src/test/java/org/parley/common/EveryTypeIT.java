package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EveryTypeTest} against the packaged application: natively, the reflection check of the whole schema. */
@QuarkusIntegrationTest
class EveryTypeIT extends EveryTypeTest {
}
