package org.parley.timeline;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TimelineTest} against the packaged application. */
@QuarkusIntegrationTest
class TimelineIT extends TimelineTest {
}
