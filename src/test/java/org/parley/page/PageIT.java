package org.parley.page;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PageTest} against the packaged application. */
@QuarkusIntegrationTest
class PageIT extends PageTest {
}
