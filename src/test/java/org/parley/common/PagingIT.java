package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PagingTest} against the packaged application. */
@QuarkusIntegrationTest
class PagingIT extends PagingTest {
}
