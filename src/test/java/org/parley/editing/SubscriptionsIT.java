package org.parley.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SubscriptionsTest} against the packaged application. */
@QuarkusIntegrationTest
class SubscriptionsIT extends SubscriptionsTest {
}
