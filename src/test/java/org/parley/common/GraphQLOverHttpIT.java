package org.parley.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GraphQLOverHttpTest} against the packaged application. */
@QuarkusIntegrationTest
class GraphQLOverHttpIT extends GraphQLOverHttpTest {
}
