package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.post;
import static org.parley.GraphQLClient.vars;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A request past its time budget stops resolving and answers LIMIT_EXCEEDED alone, without partial data. */
@QuarkusTest
@TestProfile(RequestTimeTest.OneMillisecond.class)
class RequestTimeTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.limits.max-request-time", "1ms");
        }
    }

    @Test
    void aRequestOverItsTimeIsCutWithLimitExceeded() {
        JsonPath answer = post(document("talks-rounds"), vars()).extract().jsonPath();
        assertThat(answer.get("data"), is(nullValue()));
        List<Map<String, Object>> errors = answer.getList("errors");
        assertThat(errors, hasSize(1));
        assertThat(code(errors.get(0)), is("LIMIT_EXCEEDED"));
        assertThat((String) errors.get(0).get("message"), containsString("PARLEY_MAX_REQUEST_TIME"));
    }
}
