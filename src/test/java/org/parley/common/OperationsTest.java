package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.data;
import static org.parley.GraphQLClient.dataAs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators probe: health, readiness against the database, Prometheus metrics, GraphiQL. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void prometheusMetricsCoverHttpGraphQLAndThePool() {
        data("canonical", "first", 5); // talks: a root field planned as SQL
        data("search", "text", "Crimea"); // search: a root field resolved by SmallRye
        String metrics = given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"))
                .extract().asString();
        assertThat(timedRootFields(metrics), hasItems("talks", "search"));
    }

    /** An operator sees which deprecated parts of the schema clients still send (docs/contract.md). */
    @Test
    void usesOfDeprecatedArgumentsAreCounted() {
        double before = deprecatedUses("Query.positions(kind:)");
        dataAs(null, "positions-deprecated", "RedLinesAsWritten", java.util.Map.of());
        data("positions-filtered", "kind", "RED_LINE"); // the filter: nothing deprecated
        assertThat(deprecatedUses("Query.positions(kind:)"), is(before + 1));
        assertThat(deprecatedUses("Query.positions(asOf:)"), is(deprecatedUses("Query.positions(topic:)")));
    }

    private static double deprecatedUses(String coordinate) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^parley_deprecated_usage_total\\{coordinate=\"" + Pattern.quote(coordinate) + "\",?\\} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    /** The root fields that have a GraphQL timer: the name tags of the {@code mp_graphql_seconds_count} lines. */
    private static List<String> timedRootFields(String metrics) {
        Matcher name = Pattern.compile("^mp_graphql_seconds_count\\{.*name=\"([^\"]+)\"", Pattern.MULTILINE).matcher(metrics);
        List<String> names = new ArrayList<>();
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    @Test
    void aConfiguredFrontendOriginMayCallTheApiWithAToken() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", is("http://localhost:5173"))
                .header("Access-Control-Allow-Headers", containsString("authorization"));
    }

    @Test
    void anOtherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
