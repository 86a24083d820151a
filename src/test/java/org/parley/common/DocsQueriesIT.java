package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DocsQueriesTest} against the packaged application. */
@QuarkusIntegrationTest
class DocsQueriesIT extends DocsQueriesTest {
}
