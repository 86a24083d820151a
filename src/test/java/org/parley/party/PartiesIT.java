package org.parley.party;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PartiesTest} against the packaged application. */
@QuarkusIntegrationTest
class PartiesIT extends PartiesTest {
}
