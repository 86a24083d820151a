package org.parley.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EventsTest} against the packaged application. */
@QuarkusIntegrationTest
class EventsIT extends EventsTest {
}
