package org.parley.common.execution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.common.value.TextRules;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.TypeFromAST;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Checks every value a request passes in, as the client wrote it (document literals and variables, at any depth of
 * an input object), before anything is coerced or resolved: text must pass {@link TextRules}, and an `Int` must fit
 * in 32 bits. SmallRye's `Int` scalar lets a literal past 2^31 wrap round to a negative number (its range check is
 * inverted) and fails on such a variable with an internal error; here both are VALIDATION with the argument named.
 */
final class ArgumentValues {

    private static final BigInteger MIN_INT = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX_INT = BigInteger.valueOf(Integer.MAX_VALUE);

    private final List<GraphQLError> errors = new ArrayList<>();

    private ArgumentValues() {
    }

    /**
     * Throws VALIDATION errors (one per bad value) for the operation about to run; returns when all are acceptable.
     * The document's own literals are checked once per document ({@link DocumentChecks}); the variables, each time.
     */
    static void check(ExecutionContext context, DocumentChecks checks) {
        ArgumentValues check = new ArgumentValues();
        Map<String, Object> raw = context.getExecutionInput().getRawVariables().toMap();
        for (VariableDefinition definition : context.getOperationDefinition().getVariableDefinitions()) {
            GraphQLType type = TypeFromAST.getTypeFromAST(context.getGraphQLSchema(), definition.getType());
            if (type instanceof GraphQLInputType input && raw.containsKey(definition.getName())) {
                check.variable(raw.get(definition.getName()), input, "$" + definition.getName(), definition.getSourceLocation());
            }
        }
        check.errors.addAll(checks.<List<GraphQLError>>once("literals", context, ArgumentValues::literals));
        if (!check.errors.isEmpty()) {
            throw new AbortExecutionException(check.errors);
        }
    }

    /** The errors of the values written in the document, under the fields the operation runs. */
    private static List<GraphQLError> literals(ExecutionContext context) {
        ArgumentValues check = new ArgumentValues();
        QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema()).document(context.getDocument())
                .operationName(context.getOperationDefinition().getName()).coercedVariables(context.getCoercedVariables())
                .build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        for (Argument argument : field.getField().getArguments()) {
                            GraphQLArgument definition = field.getFieldDefinition().getArgument(argument.getName());
                            if (definition != null) {
                                check.literal(argument.getValue(), definition.getType(),
                                        field.getField().getName() + "(" + argument.getName() + ":)", argument.getSourceLocation());
                            }
                        }
                    }
                });
        return List.copyOf(check.errors);
    }

    private void literal(Value<?> value, GraphQLInputType type, String path, SourceLocation at) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
            if (value instanceof ArrayValue array) {
                for (int i = 0; i < array.getValues().size(); i++) {
                    literal(array.getValues().get(i), items, path + "[" + i + "]", at);
                }
            } else {
                literal(value, items, path, at); // a single value stands for a list of one
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof ObjectValue fields) {
            for (ObjectField field : fields.getObjectFields()) {
                GraphQLInputObjectField definition = object.getField(field.getName());
                if (definition != null) {
                    literal(field.getValue(), definition.getType(), path + "." + field.getName(), at);
                }
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar) {
            if (value instanceof IntValue number && isInt(scalar)) {
                integer(number.getValue(), path, at);
            } else if (value instanceof StringValue text) {
                text(text.getValue(), path, at);
            }
        }
    }

    private void variable(Object value, GraphQLInputType type, String path, SourceLocation at) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
            if (value instanceof List<?> values) {
                for (int i = 0; i < values.size(); i++) {
                    variable(values.get(i), items, path + "[" + i + "]", at);
                }
            } else {
                variable(value, items, path, at);
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            fields.forEach((name, field) -> {
                GraphQLInputObjectField definition = object.getField(String.valueOf(name));
                if (definition != null) {
                    variable(field, definition.getType(), path + "." + name, at);
                }
            });
        } else if (unwrapped instanceof GraphQLScalarType scalar) {
            if (value instanceof Number number && isInt(scalar)) {
                BigDecimal decimal = new BigDecimal(number.toString());
                if (decimal.stripTrailingZeros().scale() <= 0) {
                    integer(decimal.toBigIntegerExact(), path, at);
                }
            } else if (value instanceof String text) {
                text(text, path, at);
            }
        }
    }

    private static boolean isInt(GraphQLScalarType scalar) {
        return scalar.getName().equals("Int");
    }

    private void integer(BigInteger value, String path, SourceLocation at) {
        if (value.compareTo(MIN_INT) < 0 || value.compareTo(MAX_INT) > 0) {
            error(path + " is " + TextRules.echo(value) + ", outside the range of Int (-2147483648 to 2147483647).", at);
        }
    }

    private void text(String value, String path, SourceLocation at) {
        String problem = TextRules.problem(value);
        if (problem != null) {
            error(path + " " + problem + ".", at);
        }
    }

    private void error(String message, SourceLocation at) {
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError().errorType(ErrorType.ValidationError).message(message);
        if (at != null) {
            error.location(at);
        }
        errors.add(error.build());
    }
}
