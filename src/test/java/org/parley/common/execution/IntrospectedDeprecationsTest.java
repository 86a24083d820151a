package org.parley.common.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.Scalars;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/** Introspection of deprecations marked as SmallRye 2.17 marks them: a `@deprecated` directive on the element, nothing else. */
class IntrospectedDeprecationsTest {

    private static GraphQLDirective deprecated(String reason) {
        return GraphQLDirective.newDirective().name("deprecated").validLocations(Introspection.DirectiveLocation.ARGUMENT_DEFINITION,
                Introspection.DirectiveLocation.ENUM_VALUE).argument(GraphQLArgument.newArgument().name("reason")
                .type(Scalars.GraphQLString).valueProgrammatic(reason)).build();
    }

    @SuppressWarnings("deprecation") // withDirective: what SmallRye calls
    private static GraphQLSchema schema() {
        GraphQLEnumType kind = GraphQLEnumType.newEnum().name("Kind").value("BILATERAL")
                .value(graphql.schema.GraphQLEnumValueDefinition.newEnumValueDefinition().name("OLD").value("OLD")
                        .withDirective(deprecated("use BILATERAL")).build()).build();
        GraphQLFieldDefinition talks = GraphQLFieldDefinition.newFieldDefinition().name("talks").type(kind)
                .argument(GraphQLArgument.newArgument().name("filter").type(Scalars.GraphQLString))
                .argument(GraphQLArgument.newArgument().name("kind").type(kind).withDirective(deprecated("use filter; removed after 2027-06-30")))
                .build();
        return GraphQLSchema.newSchema().query(GraphQLObjectType.newObject().name("Query").field(talks)).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> introspect(GraphQLSchema schema) {
        GraphQL graphql = GraphQL.newGraphQL(schema).build();
        Map<String, Object> answer = new java.util.HashMap<>();
        for (String query : List.of( // graphql-java refuses __type asked twice in one request
                "{ query: __type(name: \"Query\") { fields { all: args(includeDeprecated: true) { name isDeprecated deprecationReason } args { name } } } }",
                "{ kind: __type(name: \"Kind\") { all: enumValues(includeDeprecated: true) { name isDeprecated } enumValues { name } } }")) {
            graphql.ExecutionResult result = graphql.execute(query);
            assertEquals(List.of(), result.getErrors());
            answer.putAll((Map<String, Object>) result.getData());
        }
        return answer;
    }

    @Test
    @SuppressWarnings("unchecked")
    void introspectionSaysWhatTheDirectiveSays() {
        Map<String, Object> answer = introspect(IntrospectedDeprecations.of(schema()));
        Map<String, Object> talks = ((List<Map<String, Object>>) ((Map<String, Object>) answer.get("query")).get("fields")).get(0);
        assertEquals(List.of(Map.of("name", "filter", "isDeprecated", false), Map.of("name", "kind", "isDeprecated", true)),
                ((List<Map<String, Object>>) talks.get("all")).stream().map(a -> Map.of("name", a.get("name"), "isDeprecated", a.get("isDeprecated"))).toList());
        assertEquals("use filter; removed after 2027-06-30", ((List<Map<String, Object>>) talks.get("all")).get(1).get("deprecationReason"));
        assertEquals(List.of(Map.of("name", "filter")), talks.get("args"));
        Map<String, Object> kind = (Map<String, Object>) answer.get("kind");
        assertEquals(List.of(Map.of("name", "BILATERAL", "isDeprecated", false), Map.of("name", "OLD", "isDeprecated", true)), kind.get("all"));
        assertEquals(List.of(Map.of("name", "BILATERAL")), kind.get("enumValues"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutItGraphQLJavaWouldNotKnow() {
        Map<String, Object> talks = ((List<Map<String, Object>>) ((Map<String, Object>) introspect(schema()).get("query")).get("fields")).get(0);
        assertEquals(2, ((List<?>) talks.get("args")).size()); // the deprecated argument listed as current
    }
}
