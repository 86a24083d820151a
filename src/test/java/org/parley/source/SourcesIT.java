package org.parley.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SourcesTest} against the packaged application. */
@QuarkusIntegrationTest
class SourcesIT extends SourcesTest {
}
