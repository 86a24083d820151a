package org.parley.common.execution;

import java.util.List;

import graphql.language.StringValue;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.InputValueWithState;

/**
 * SmallRye 2.17 writes a {@code @Deprecated} as an applied {@code @deprecated} directive only: the served SDL shows it,
 * but introspection (what GraphiQL, codegen and graphql-js read) answered {@code isDeprecated: false} and listed
 * deprecated arguments without {@code includeDeprecated}. Introspection here reads the directive too. The schema's
 * types are left alone: rebuilding them took 110 to 130 ms of the first request on the JVM; this is a change of the
 * code registry only.
 */
final class IntrospectedDeprecations {

    private IntrospectedDeprecations() {
    }

    /** Whether the element is deprecated, by graphql-java's field or by the directive alone. */
    static boolean deprecated(Object element) {
        boolean known = element instanceof GraphQLFieldDefinition f && f.isDeprecated() || element instanceof GraphQLArgument a && a.isDeprecated()
                || element instanceof GraphQLInputObjectField i && i.isDeprecated() || element instanceof GraphQLEnumValueDefinition v && v.isDeprecated();
        return known || element instanceof GraphQLDirectiveContainer container && reason(container) != null;
    }

    static GraphQLSchema of(GraphQLSchema schema) {
        if (schema.getAllTypesAsList().stream().noneMatch(IntrospectedDeprecations::carries)) {
            return schema;
        }
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return schema.transformWithoutTypes(builder -> builder.codeRegistry(registry.transform(code -> {
            for (String type : List.of("__Field", "__InputValue", "__EnumValue")) {
                wrap(schema, code, type, "isDeprecated", (environment, was) -> Boolean.TRUE.equals(was) || deprecated(environment.getSource()));
                wrap(schema, code, type, "deprecationReason", (environment, was) -> was != null ? was
                        : environment.getSource() instanceof GraphQLDirectiveContainer element ? reason(element) : null);
            }
            // without includeDeprecated: true, a list leaves the deprecated out
            for (String[] list : new String[][] { { "__Field", "args" }, { "__Type", "fields" }, { "__Type", "inputFields" },
                    { "__Type", "enumValues" } }) {
                wrap(schema, code, list[0], list[1], (environment, was) -> Boolean.TRUE.equals(environment.getArgument("includeDeprecated"))
                        || !(was instanceof List<?> items) ? was : items.stream().filter(item -> !deprecated(item)).toList());
            }
        })));
    }

    private interface Wrapped {
        Object get(DataFetchingEnvironment environment, Object was) throws Exception;
    }

    private static void wrap(GraphQLSchema schema, GraphQLCodeRegistry.Builder code, String type, String field, Wrapped wrapped) {
        GraphQLObjectType introspection = (GraphQLObjectType) schema.getType(type);
        FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
        DataFetcher<?> original = schema.getCodeRegistry().getDataFetcher(coordinates, introspection.getFieldDefinition(field));
        code.dataFetcher(coordinates, (DataFetcher<?>) environment -> wrapped.get(environment, original.get(environment)));
    }

    /** Whether a type has an element marked {@code @deprecated} that graphql-java does not know as deprecated. */
    private static boolean carries(GraphQLNamedType type) {
        if (type.getName().startsWith("__")) {
            return false;
        }
        if (type instanceof GraphQLFieldsContainer container) {
            return container.getFieldDefinitions().stream().anyMatch(f -> !f.isDeprecated() && deprecated(f)
                    || f.getArguments().stream().anyMatch(a -> !a.isDeprecated() && deprecated(a)));
        }
        if (type instanceof GraphQLInputObjectType input) {
            return input.getFieldDefinitions().stream().anyMatch(f -> !f.isDeprecated() && deprecated(f));
        }
        return type instanceof GraphQLEnumType enumType && enumType.getValues().stream().anyMatch(v -> !v.isDeprecated() && deprecated(v));
    }

    /** The reason of the element's {@code @deprecated}, the specification's default when it gives none; or null. */
    private static String reason(GraphQLDirectiveContainer element) {
        InputValueWithState reason;
        GraphQLAppliedDirective applied = element.getAppliedDirective("deprecated");
        if (applied != null) {
            reason = applied.getArgument("reason") == null ? InputValueWithState.NOT_SET : applied.getArgument("reason").getArgumentValue();
        } else {
            GraphQLDirective directive = element.getDirective("deprecated"); // how SmallRye 2.17 applies it
            if (directive == null) {
                return null;
            }
            reason = directive.getArgument("reason") == null ? InputValueWithState.NOT_SET : directive.getArgument("reason").getArgumentValue();
        }
        Object value = reason.getValue();
        return value instanceof StringValue literal ? literal.getValue() : value != null ? value.toString() : "No longer supported";
    }
}
