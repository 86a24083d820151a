package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OperationsTest} against the packaged application, GraphiQL included. */
@QuarkusIntegrationTest
class OperationsIT extends OperationsTest {
}
