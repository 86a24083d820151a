package org.parley.common.execution;

import graphql.schema.GraphQLAppliedDirective;
import graphql.language.StringValue;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.InputValueWithState;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;

/**
 * SmallRye 2.17 writes a {@code @Deprecated} as an applied {@code @deprecated} directive only: the served SDL shows it,
 * but introspection (what GraphiQL, codegen and graphql-js read) answers {@code isDeprecated: false}, and graphql-java's
 * own checks miss it. Here each element carrying the directive is deprecated with its reason.
 */
final class IntrospectedDeprecations {

    private IntrospectedDeprecations() {
    }

    static GraphQLSchema of(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node, TraverserContext<GraphQLSchemaElement> context) {
                String reason = reason(node);
                return reason == null || node.isDeprecated() ? TraversalControl.CONTINUE
                        : TreeTransformerUtil.changeNode(context, node.transform(b -> b.deprecate(reason)));
            }

            @Override
            public TraversalControl visitGraphQLArgument(GraphQLArgument node, TraverserContext<GraphQLSchemaElement> context) {
                String reason = reason(node);
                return reason == null || node.isDeprecated() ? TraversalControl.CONTINUE
                        : TreeTransformerUtil.changeNode(context, node.transform(b -> b.deprecate(reason)));
            }

            @Override
            public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node, TraverserContext<GraphQLSchemaElement> context) {
                String reason = reason(node);
                return reason == null || node.isDeprecated() ? TraversalControl.CONTINUE
                        : TreeTransformerUtil.changeNode(context, node.transform(b -> b.deprecate(reason)));
            }

            @Override
            public TraversalControl visitGraphQLEnumValueDefinition(GraphQLEnumValueDefinition node, TraverserContext<GraphQLSchemaElement> context) {
                String reason = reason(node);
                return reason == null || node.isDeprecated() ? TraversalControl.CONTINUE
                        : TreeTransformerUtil.changeNode(context, node.transform(b -> b.deprecationReason(reason)));
            }
        });
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
