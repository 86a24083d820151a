package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.parley.GraphQLClient.code;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.errors;
import static org.parley.GraphQLClient.errorsOf;
import static org.parley.GraphQLClient.vars;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Hostile documents are refused with LIMIT_EXCEEDED (or VALIDATION for page sizes) before any SQL runs. */
@QuarkusTest
class LimitsTest {

    @Test
    void aQueryDeeperThanTheLimitIsRefused() {
        List<Map<String, Object>> errors = errors("too-deep");
        assertThat(code(errors.get(0)), is("LIMIT_EXCEEDED"));
        assertThat((String) errors.get(0).get("message"), containsString("depth"));
    }

    @Test
    void anAnswerEstimatedOverTheNodeLimitIsRefused() {
        List<Map<String, Object>> errors = errors("estimate");
        assertThat(code(errors.get(0)), is("LIMIT_EXCEEDED"));
        assertThat((String) errors.get(0).get("message"), containsString("up to 168420 objects; at most 50000"));
    }

    @Test
    void theChecksOfADocumentFollowEachRequestsVariables() {
        data("checked-once", "rounds", 1, "skip", true);
        List<Map<String, Object>> estimated = errors("checked-once", "rounds", 20, "skip", true);
        assertThat(code(estimated.get(0)), is("LIMIT_EXCEEDED"));
        assertThat((String) estimated.get(0).get("message"), containsString("up to 168420 objects"));
        List<Map<String, Object>> checked = errors("checked-once", "rounds", 1, "skip", false);
        assertThat(code(checked.get(0)), is("VALIDATION"));
        assertThat((String) checked.get(0).get("message"), containsString("control character"));
        data("checked-once", "rounds", 1, "skip", true);
    }

    @Test
    void tooManyAliasesAreRefusedOnEveryTransport() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": talks { totalCount }");
        }
        given().contentType("application/graphql").body(query.append(" }").toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", is("LIMIT_EXCEEDED"));
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": talks { totalCount }");
        }
        List<Map<String, Object>> errors = errorsOf(query.append(" }").toString(), vars());
        assertThat(code(errors.get(0)), is("LIMIT_EXCEEDED"));
        assertThat((String) errors.get(0).get("message"), containsString("31 aliases; at most 30"));
    }

    @Test
    void anOverLargePageIsRefused() {
        assertThat(code(errors("positions-page", "first", 1000).get(0)), is("VALIDATION"));
    }

    @Test
    void anOverLargeBodyIsRefused() {
        String padding = " ".repeat(200 * 1024);
        given().contentType(ContentType.JSON).body("{\"query\": \"{ talks { totalCount } }" + padding + "\"}")
                .when().post("/graphql").then().statusCode(413);
    }

    @Test
    void batchedOperationsAreRefused() {
        given().contentType(ContentType.JSON).body("[{\"query\": \"{ talks { totalCount } }\"}]")
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", is("BAD_REQUEST"));
    }
}
