package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SchemaTest} against the packaged application. */
@QuarkusIntegrationTest
class SchemaIT extends SchemaTest {
}
