package org.parley.common.read;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;

/**
 * graphql-java finds the object type of an interface's or union's value with the schema's type resolvers, and
 * SmallRye's pick it by the value's Java class, which a planned row does not have: here each resolver is wrapped so
 * that a {@link PlannedRow} answers with the type it names.
 */
public final class PlannedTypes {

    private PlannedTypes() {
    }

    /** The same schema (types and data fetchers), its type resolvers wrapped. Made once per schema: not cheap. */
    public static GraphQLSchema resolving(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry wrapped = registry.transform(code -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLInterfaceType polymorphic) {
                    code.typeResolver(polymorphic, planned(registry.getTypeResolver(polymorphic)));
                } else if (type instanceof GraphQLUnionType polymorphic) {
                    code.typeResolver(polymorphic, planned(registry.getTypeResolver(polymorphic)));
                }
            }
        });
        return schema.transformWithoutTypes(builder -> builder.codeRegistry(wrapped));
    }

    private static TypeResolver planned(TypeResolver resolver) {
        return environment -> environment.getObject() instanceof PlannedRow row && row.type() != null
                ? environment.getSchema().getObjectType(row.type()) : resolver.getType(environment);
    }
}
