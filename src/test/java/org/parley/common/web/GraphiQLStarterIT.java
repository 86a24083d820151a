package org.parley.common.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GraphiQLStarterTest} against the packaged application (the starter is a resource the native image must hold). */
@QuarkusIntegrationTest
class GraphiQLStarterIT extends GraphiQLStarterTest {
}
