package org.parley.editing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The write tests run in an application of their own (a fresh database), so that the records they add never
 * reach the read tests, which count the bundled dataset.
 */
public class EditingProfile implements QuarkusTestProfile {
}
