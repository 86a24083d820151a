package org.parley.talks;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link IstanbulTalksTest} against the packaged application. */
@QuarkusIntegrationTest
class IstanbulTalksIT extends IstanbulTalksTest {
}
