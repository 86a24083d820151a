package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.parley.GraphQLClient.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema is part of the product: its printed form is committed as docs/schema.graphql, and everything in it
 * is described. Run with -Dschema.write=true to rewrite the committed copy after a deliberate change.
 */
@QuarkusTest
class SchemaTest {

    private static final Path COMMITTED = Path.of("docs", "schema.graphql");

    @Test
    void servedSchemaEqualsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        Assertions.assertEquals(committed, served, "docs/schema.graphql differs from the served schema: if the "
                + "change is deliberate, run ./mvnw test -Dtest=SchemaTest -Dschema.write=true and commit it");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        List<Map<String, Object>> types = data("introspection").getList("__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__")) {
                continue;
            }
            check(undescribed, name, type);
            for (String member : List.of("fields", "inputFields", "enumValues")) {
                List<Map<String, Object>> items = (List<Map<String, Object>>) type.get(member);
                for (Map<String, Object> item : items == null ? List.<Map<String, Object>>of() : items) {
                    String path = name + "." + item.get("name");
                    check(undescribed, path, item);
                    List<Map<String, Object>> args = (List<Map<String, Object>>) item.get("args");
                    for (Map<String, Object> arg : args == null ? List.<Map<String, Object>>of() : args) {
                        check(undescribed, path + "(" + arg.get("name") + ")", arg);
                    }
                }
            }
        }
        assertThat(undescribed, empty());
    }

    private static void check(List<String> undescribed, String path, Map<String, Object> element) {
        Object description = element.get("description");
        if (!(description instanceof String text) || text.isBlank()) {
            undescribed.add(path);
        }
    }
}
