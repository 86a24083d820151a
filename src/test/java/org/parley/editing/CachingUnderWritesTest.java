package org.parley.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.parley.GraphQLClient.document;
import static org.parley.GraphQLClient.errorsAs;
import static org.parley.editing.EditorClient.create;
import static org.parley.editing.EditorClient.input;
import static org.parley.editing.EditorClient.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** How HTTP caching follows writes (common.GraphQLOverHttpTest has the rest): an ETag holds until a write commits, whatever it wrote: the data version lives in the database. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class CachingUnderWritesTest {

    /** A GET as Apollo Client sends it. */
    private static RequestSpecification get(Map<String, String> parameters) {
        return given().contentType(ContentType.JSON).queryParams(parameters);
    }

    @Test
    void aWriteRetiresEveryEtag() {
        Map<String, String> parameters = Map.of("query", document("http/sources"));
        ExtractableResponse<Response> before = get(parameters).get("/graphql").then().extract();
        String etag = before.header("ETag");
        int sources = before.path("data.sources.totalCount");

        assertThat(get(parameters).header("If-None-Match", etag).get("/graphql").statusCode(), is(304));

        create("source", input("url", "https://example.org/" + unique("etag").replace(' ', '-')));

        ExtractableResponse<Response> after = get(parameters).header("If-None-Match", etag)
                .get("/graphql").then().extract();
        assertThat(after.statusCode(), is(200));
        assertThat(after.path("data.sources.totalCount"), is(sources + 1));
        assertThat(after.header("ETag"), not(etag));
    }

    @Test
    void aRefusedWriteLeavesTheEtag() {
        Map<String, String> parameters = Map.of("query", document("http/first-rounds"));
        String etag = get(parameters).get("/graphql").header("ETag");
        // refused by validation: nothing commits
        errorsAs(Tokens.editor("tester"), "editing/source", "Create", Map.of("input", Map.of("url", "not a url")));
        assertThat(get(parameters).header("If-None-Match", etag).get("/graphql").statusCode(), is(304));
    }
}
