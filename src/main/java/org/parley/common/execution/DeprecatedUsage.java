package org.parley.common.execution;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentEnvironment;
import graphql.analysis.QueryVisitorFieldArgumentInputValue;
import graphql.analysis.QueryVisitorFieldArgumentValueEnvironment;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;

/**
 * Counts the operations that use each deprecated field, argument, input field and enum value
 * ({@code parley_deprecated_usage_total{coordinate="Query.positions(kind:)"}} on /q/metrics), so that an operator
 * knows when removing one breaks no client (docs/contract.md). An enum value or input field counts whether written in
 * the document or sent in a variable's value.
 */
final class DeprecatedUsage {

    /** The names a document must mention for it to use something deprecated: most documents are passed over. */
    private record Deprecations(GraphQLSchema schema, Names names) {
    }

    private final boolean enabled;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile Deprecations deprecations;

    DeprecatedUsage(boolean enabled) {
        this.enabled = enabled;
    }

    /** Counts the deprecated parts this operation uses, found once per document and shaping variables. */
    void count(ExecutionContext context, DocumentChecks checks) {
        if (!enabled) {
            return;
        }
        for (String coordinate : checks.<Set<String>>once("deprecated", context, this::used)) {
            counters.computeIfAbsent(coordinate, c -> Counter.builder("parley.deprecated.usage").tag("coordinate", c)
                    .description("Operations that used this deprecated field, argument, input field or enum value")
                    .register(Metrics.globalRegistry)).increment();
        }
    }

    private Set<String> used(ExecutionContext context) {
        Deprecations known = deprecations;
        if (known == null || known.schema() != context.getGraphQLSchema()) {
            known = new Deprecations(context.getGraphQLSchema(), Names.of(context.getGraphQLSchema()));
            deprecations = known;
        }
        Names names = known.names();
        if (names.none() || !names.mentionedIn(context.getOperationDefinition())
                && context.getFragmentsByName().values().stream().noneMatch(names::mentionedIn)) {
            return Set.of();
        }
        Set<String> used = new HashSet<>();
        Map<String, Object> variables = context.getCoercedVariables().toMap();
        QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema()).document(context.getDocument())
                .operationName(context.getOperationDefinition().getName()).coercedVariables(context.getCoercedVariables())
                .build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        GraphQLFieldDefinition definition = field.getFieldDefinition();
                        if (IntrospectedDeprecations.deprecated(definition) && field.getFieldsContainer() != null) {
                            used.add(field.getFieldsContainer().getName() + "." + definition.getName());
                        }
                    }

                    @Override
                    public TraversalControl visitArgument(QueryVisitorFieldArgumentEnvironment argument) {
                        if (IntrospectedDeprecations.deprecated(argument.getGraphQLArgument())) {
                            GraphQLFieldsContainer owner = argument.getParentEnvironment().getFieldsContainer();
                            used.add(owner.getName() + "." + argument.getFieldDefinition().getName() + "("
                                    + argument.getGraphQLArgument().getName() + ":)");
                        }
                        Argument written = argument.getArgument();
                        if (written.getValue() instanceof VariableReference variable) {
                            sent(argument.getGraphQLArgument().getType(), variables.get(variable.getName()), used);
                        }
                        return TraversalControl.CONTINUE;
                    }

                    @Override
                    public TraversalControl visitArgumentValue(QueryVisitorFieldArgumentValueEnvironment value) {
                        QueryVisitorFieldArgumentInputValue input = value.getArgumentInputValue();
                        if (input.getParent() != null && IntrospectedDeprecations.deprecated(input.getInputValueDefinition())
                                && GraphQLTypeUtil.unwrapAll(input.getParent().getInputType()) instanceof GraphQLInputObjectType owner) {
                            used.add(owner.getName() + "." + input.getName());
                        }
                        if (input.getValue() instanceof EnumValue written) {
                            sent(input.getInputType(), written.getName(), used);
                        } else if (input.getValue() instanceof VariableReference variable) {
                            sent(input.getInputType(), variables.get(variable.getName()), used);
                        }
                        return TraversalControl.CONTINUE;
                    }
                });
        return Set.copyOf(used);
    }

    /**
     * The deprecated enum values and input fields in {@code value} (an enum value's name, an input object's map, or a list
     * of them) given for the input {@code type}.
     */
    private static void sent(GraphQLInputType type, Object value, Set<String> used) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        if (value == null || !(unwrapped instanceof GraphQLEnumType) && !(unwrapped instanceof GraphQLInputObjectType)) {
            return;
        }
        for (Object item : value instanceof List<?> items ? items : List.of(value)) {
            if (unwrapped instanceof GraphQLEnumType enumType) {
                GraphQLEnumValueDefinition definition = enumType.getValue(item instanceof Enum<?> e ? e.name() : String.valueOf(item));
                if (IntrospectedDeprecations.deprecated(definition)) {
                    used.add(enumType.getName() + "." + definition.getName());
                }
            } else if (item instanceof Map<?, ?> fields && unwrapped instanceof GraphQLInputObjectType object) {
                for (Map.Entry<?, ?> entry : fields.entrySet()) {
                    GraphQLInputObjectField field = object.getField(String.valueOf(entry.getKey()));
                    if (field != null && IntrospectedDeprecations.deprecated(field)) {
                        used.add(object.getName() + "." + field.getName());
                    }
                    if (field != null) {
                        sent(field.getType(), entry.getValue(), used);
                    }
                }
            }
        }
    }

    /**
     * The names of what is deprecated: fields, arguments (by the name of their field), input fields and enum values;
     * with the last two, the enum and input object types a variable's value may carry them in.
     */
    private record Names(Set<String> fields, Map<String, Set<String>> arguments, Set<String> others) {

        static Names of(GraphQLSchema schema) {
            Names names = new Names(new HashSet<>(), new java.util.HashMap<>(), new HashSet<>());
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type.getName().startsWith("__")) {
                    continue;
                }
                if (type instanceof GraphQLFieldsContainer container) {
                    for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                        if (IntrospectedDeprecations.deprecated(field)) {
                            names.fields.add(field.getName());
                        }
                        field.getArguments().stream().filter(IntrospectedDeprecations::deprecated)
                                .forEach(a -> names.arguments.computeIfAbsent(field.getName(), f -> new HashSet<>()).add(a.getName()));
                    }
                } else if (type instanceof GraphQLInputObjectType input) {
                    input.getFieldDefinitions().stream().filter(IntrospectedDeprecations::deprecated).forEach(f -> names.others.add(f.getName()));
                } else if (type instanceof GraphQLEnumType enumType) {
                    enumType.getValues().stream().filter(IntrospectedDeprecations::deprecated).forEach(v -> names.others.add(v.getName()));
                }
            }
            if (!names.others.isEmpty()) { // a variable of any of these types may hold one
                schema.getAllTypesAsList().stream().filter(t -> t instanceof GraphQLEnumType || t instanceof GraphQLInputObjectType)
                        .forEach(t -> names.others.add(t.getName()));
            }
            return names;
        }

        boolean none() {
            return fields.isEmpty() && arguments.isEmpty() && others.isEmpty();
        }

        /** Whether the document names any of them where it could be used. */
        boolean mentionedIn(Node<?> node) {
            if (node instanceof Field field) {
                Set<String> deprecated = arguments.get(field.getName());
                if (fields.contains(field.getName())
                        || deprecated != null && field.getArguments().stream().anyMatch(a -> deprecated.contains(a.getName()))) {
                    return true;
                }
            }
            String name = node instanceof ObjectField field ? field.getName()
                    : node instanceof EnumValue value ? value.getName() : node instanceof TypeName type ? type.getName() : null;
            if (name != null && others.contains(name)) {
                return true;
            }
            for (Node<?> child : node.getChildren()) {
                if (mentionedIn(child)) {
                    return true;
                }
            }
            return false;
        }
    }
}
