package org.parley.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.parley.GraphQLClient.post;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GraphiQL opens on a starter document that runs against the schema as it is. */
@QuarkusTest
class GraphiQLStarterTest {

    private static String starter() throws IOException {
        return new String(GraphiQLStarterTest.class.getClassLoader().getResourceAsStream(GraphiQLStarter.STARTER)
                .readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theBareAddressOpensOnTheStarter() throws IOException {
        String location = given().redirects().follow(false).get(GraphiQLStarter.PATH).then().statusCode(302)
                .extract().header("Location");
        assertThat(location, startsWith(GraphiQLStarter.PATH + "?query="));
        String query = URLDecoder.decode(location.substring(location.indexOf('=') + 1), StandardCharsets.UTF_8);
        assertThat(query, is(starter()));
        // a shared link keeps its own document
        given().redirects().follow(false).get(GraphiQLStarter.PATH + "?query=%7Bconflicts%7BtotalCount%7D%7D")
                .then().statusCode(200);
    }

    @Test
    void theStarterRunsWithoutErrors() throws IOException {
        int talks = post(starter(), Map.of()).statusCode(200).body("errors", is((Object) null))
                .extract().path("data.talks.totalCount");
        assertThat(talks, greaterThan(0));
    }

    @Test
    void thePagesAreCheckedAgainAtEachLoadAndNeverFramed() {
        for (String page : new String[] { "/", "/parley.js", GraphiQLStarter.PATH + "?query=%7B__typename%7D" }) {
            given().get(page).then().statusCode(200)
                    .header("Cache-Control", is("no-cache"))
                    .header("X-Frame-Options", is("DENY"))
                    .header("Content-Security-Policy", is("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", is("nosniff"));
        }
    }
}
