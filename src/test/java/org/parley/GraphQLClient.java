package org.parley;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Posts GraphQL documents kept under src/test/resources/graphql/ to the running application, over HTTP. */
public final class GraphQLClient {

    /**
     * The read planner when the application runs in this JVM; null against the packaged application (an IT, where a
     * test cannot reach into it: what is compared then is the planned answers with the planned reads).
     */
    public static org.parley.common.read.ReadPlanner planner() {
        io.quarkus.arc.ArcContainer container = io.quarkus.arc.Arc.container();
        return container == null ? null : container.instance(org.parley.common.read.ReadPlanner.class).get();
    }

    private GraphQLClient() {
    }

    /** A document's SHA-256 in lower-case hex, as Apollo's persisted-query link and trusted-document manifests name it. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String document(String name) {
        try (InputStream in = GraphQLClient.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No document graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Variables as alternating names and values. */
    public static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return post(null, query, null, variables);
    }

    /** Posts one operation of a document, with a bearer token when {@code token} is not null. */
    public static ValidatableResponse post(String token, String query, String operationName, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(200);
    }

    /** Runs one operation of a stored document as the token's holder; it must succeed: returns its `data`. */
    public static JsonPath dataAs(String token, String documentName, String operationName, Map<String, Object> variables) {
        return post(token, document(documentName), operationName, variables).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data");
    }

    /** Runs one operation of a stored document as the token's holder; it must fail: returns its `errors`. */
    public static List<Map<String, Object>> errorsAs(String token, String documentName, String operationName,
            Map<String, Object> variables) {
        List<Map<String, Object>> errors = post(token, document(documentName), operationName, variables)
                .extract().jsonPath().getList("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("Expected errors from " + documentName + " " + operationName);
        }
        return errors;
    }

    /** Runs a stored document that must succeed: returns its `data`, after checking `errors` is absent. */
    public static JsonPath data(String documentName, Object... variables) {
        return post(document(documentName), vars(variables)).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data");
    }

    /** Runs a stored document that must fail: returns its `errors`. */
    public static List<Map<String, Object>> errors(String documentName, Object... variables) {
        return errorsOf(document(documentName), vars(variables));
    }

    public static List<Map<String, Object>> errorsOf(String query, Map<String, Object> variables) {
        List<Map<String, Object>> errors = post(query, variables).extract().jsonPath().getList("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("Expected errors from: " + query);
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    public static String code(Map<String, Object> error) {
        return (String) ((Map<String, Object>) error.get("extensions")).get("code");
    }
}
