package org.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.parley.GraphQLClient.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffSet;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import org.parley.common.value.PartialDate;

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

    /**
     * A client's schema-drift check (graphql-js findBreakingChanges, or this, graphql-java's SchemaDiff) between the
     * SDL served at /graphql/schema.graphql and introspection finds nothing either way: the SDL declares every
     * directive introspection lists.
     */
    @Test
    void servedSdlAndIntrospectionAgree() {
        Map<String, Object> introspected = given().contentType("application/json")
                .body(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY)).post("/graphql")
                .then().statusCode(200).extract().path("data");
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        GraphQLSchema fromSdl = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        Map<String, Object> ofSdl = GraphQL.newGraphQL(fromSdl).build().execute(IntrospectionQuery.INTROSPECTION_QUERY)
                .getData();
        assertThat("introspection -> SDL", breakingChanges(introspected, ofSdl), empty());
        assertThat("SDL -> introspection", breakingChanges(ofSdl, introspected), empty());
        // SchemaDiff leaves directives out; graphql-js does not
        Assertions.assertEquals(directives(introspected), directives(ofSdl), "directives of introspection vs SDL");
    }

    /** Each directive's name, places and arguments with their types, comparable. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> directives(Map<String, Object> introspection) {
        Map<String, String> directives = new TreeMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) ((Map<String, Object>) introspection.get("__schema")).get("directives")) {
            List<String> arguments = ((List<Map<String, Object>>) d.get("args")).stream()
                    .map(a -> a.get("name") + ": " + a.get("type")).sorted().toList();
            directives.put((String) d.get("name"), new TreeSet<>((List<String>) d.get("locations")) + " " + arguments);
        }
        return directives;
    }

    private static List<String> breakingChanges(Map<String, Object> before, Map<String, Object> after) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(DiffSet.diffSet(before, after), reporter);
        return reporter.getBreakages().stream().map(d -> d.getCategory() + " " + d.getTypeName() + ": " + d.getReasonMsg())
                .toList();
    }

    /** Code generators map a scalar by its name; a reader needs its format, and DateTime a specification. */
    @Test
    void scalarsSayWhatTheyHold() {
        for (String scalar : List.of("DateTime", "BigDecimal", "BigInteger", "PartialDate")) {
            Map<String, Object> type = given().contentType("application/json")
                    .body(Map.of("query", "{ __type(name: \"" + scalar + "\") { description specifiedByURL } }")).post("/graphql")
                    .then().statusCode(200).extract().path("data.__type");
            assertThat(scalar, (String) type.get("description"), not(startsWith("Scalar for")));
            if (scalar.equals("DateTime")) {
                assertThat((String) type.get("specifiedByURL"), is("https://scalars.graphql.org/andimarek/date-time"));
            }
        }
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertThat(sdl.replace(" :", ":"), containsString("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")"));
        // every date of the record, and every date argument, is the one documented scalar
        for (String field : List.of("  date: PartialDate!", "  statedOn: PartialDate!", "  publishedOn: PartialDate",
                "asOf: PartialDate", "from: PartialDate", "annexationDate: PartialDate", "startDate: PartialDate")) {
            assertThat(sdl, containsString(field));
        }
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
