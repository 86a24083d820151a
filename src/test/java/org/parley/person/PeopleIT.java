package org.parley.person;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PeopleTest} against the packaged application. */
@QuarkusIntegrationTest
class PeopleIT extends PeopleTest {
}
