package org.parley.common.execution;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.parley.common.read.PlanCache;

import graphql.execution.ExecutionContext;
import graphql.execution.TypeFromAST;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a request's document asks for, found once and kept beside the parsed document ({@link PlanCache}) for the next
 * request that sends it: the aliases, the node estimate, the literal values to check and the deprecated parts used.
 * Each was a walk of the whole document per request (30 % of the CPU a round by id took, profiled in
 * docs/performance.md). What a finding depends on besides the document is its key: the operation, the schema, and
 * the variables that can change it — `first`/`last` sizes (Int), `@skip`/`@include` (Boolean), enum values and input
 * objects (which may carry deprecated ones). A variable of another scalar type (an id, a text, a date) changes none
 * of them, so one finding serves every round asked by `round(id: $id)`.
 */
final class DocumentChecks {

    private record Key(String check, String operation, GraphQLSchema schema, Map<String, Object> variables) {
    }

    private final PlanCache kept;

    DocumentChecks(PlanCache kept) {
        this.kept = kept;
    }

    /** {@code check}'s finding for this request's operation: kept, or found by {@code find} and kept. */
    @SuppressWarnings("unchecked")
    <T> T once(String check, ExecutionContext context, Function<ExecutionContext, T> find) {
        Key key = new Key(check, context.getOperationDefinition().getName(), context.getGraphQLSchema(), shaping(context));
        Object found = kept.plan(context.getDocument(), key);
        if (found == null) {
            found = find.apply(context);
            kept.keep(context.getDocument(), key, found, 256 + 64L * key.variables().size());
        }
        return (T) found;
    }

    /** The variables whose values can change a finding: those not of a scalar type other than Int and Boolean. */
    private static Map<String, Object> shaping(ExecutionContext context) {
        Map<String, Object> values = context.getCoercedVariables().toMap();
        Map<String, Object> shaping = new HashMap<>();
        for (VariableDefinition definition : context.getOperationDefinition().getVariableDefinitions()) {
            GraphQLType type = GraphQLTypeUtil.unwrapAll(TypeFromAST.getTypeFromAST(context.getGraphQLSchema(), definition.getType()));
            boolean shapes = !(type instanceof GraphQLScalarType scalar)
                    || scalar.getName().equals("Int") || scalar.getName().equals("Boolean");
            if (shapes && values.containsKey(definition.getName())) {
                shaping.put(definition.getName(), values.get(definition.getName()));
            }
        }
        return shaping;
    }
}
