package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RootListsTest} against the packaged application. */
@QuarkusIntegrationTest
class RootListsIT extends RootListsTest {
}
