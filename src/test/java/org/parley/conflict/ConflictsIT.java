package org.parley.conflict;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ConflictsTest} against the packaged application. */
@QuarkusIntegrationTest
class ConflictsIT extends ConflictsTest {
}
