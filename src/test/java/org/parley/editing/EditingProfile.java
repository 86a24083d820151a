package org.parley.editing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The write tests run in an application of their own (a fresh database), so that the records they add never
 * reach the read tests, which count the bundled dataset.
 */
public class EditingProfile implements QuarkusTestProfile {

    /** {@link EditorClient#snapshot()} reads the whole test world in one request, over the default node limit. */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("parley.limits.max-nodes", "10000000");
    }
}
