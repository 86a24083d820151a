package org.parley.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.post;
import static org.parley.GraphQLClient.vars;
import static org.parley.editing.EditorClient.EDITOR;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.read;
import static org.parley.editing.EditorClient.smallWorld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Editors racing to update one round from the same version: exactly one wins, the others get CONFLICT. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ConcurrentUpdatesTest {

    private static final int EDITORS = 4;

    @Test
    void exactlyOneOfSimultaneousUpdatesFromOneVersionSucceeds() throws Exception {
        Map<String, String> world = smallWorld();
        String round = world.get("round");
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            for (int race = 0; race < 5; race++) {
                int version = (Integer) read("round", round).get("version");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Map<String, Object>>>> outcomes = new ArrayList<>();
                for (int editor = 0; editor < EDITORS; editor++) {
                    Map<String, Object> change = input("talks", world.get("talks"), "number", 1, "date", "2025-06-02",
                            "status", "HELD", "city", "City of editor " + editor, "sources", List.of(world.get("source")));
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return post(EDITOR, document("editing/round"), "Update",
                                vars("id", round, "version", version, "input", change)).extract().jsonPath().getList("errors");
                    }));
                }
                start.countDown();
                int succeeded = 0;
                for (Future<List<Map<String, Object>>> outcome : outcomes) {
                    List<Map<String, Object>> errors = outcome.get();
                    if (errors == null) {
                        succeeded++;
                    } else {
                        assertThat(errors.toString(), code(errors.get(0)), is("CONFLICT"));
                    }
                }
                assertThat("race " + race, succeeded, is(1));
                assertThat(read("round", round).get("version"), is(version + 1));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
