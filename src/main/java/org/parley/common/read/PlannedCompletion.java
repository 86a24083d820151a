package org.parley.common.read;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import jakarta.json.JsonValue;
import jakarta.json.JsonArrayBuilder;

/**
 * A planned root field's value made into the answer at once: each object's fields read from its {@link PlannedRow},
 * scalars and enums serialized by the schema as graphql-java would, without graphql-java's work per field (a step
 * info, a fetch through the instrumentation chain, a completion: most of a planned page's CPU), and made into the JSON-P
 * values SmallRye writes ({@link PlannedJson}). The fields are collected by graphql-java's own {@link FieldCollector},
 * so fragments, `@skip`/`@include` and the answer's key order are graphql-java's. A value the rows cannot answer alone (a null where the schema forbids one, a value a scalar
 * refuses, an object whose type its row does not name) is left whole to graphql-java's completion, whose errors and
 * paths stay what they were.
 */
public final class PlannedCompletion {

    /** What {@link #complete} gives for a value left to graphql-java. */
    public static final Object LEFT_TO_GRAPHQL_JAVA = new Object();

    /** Thrown where graphql-java's completion must answer; no stack trace, it is not a fault. */
    private static final RuntimeException NOT_HERE = new RuntimeException("left to graphql-java", null, false, false) {
    };

    private final ExecutionContext context;
    private final FieldCollector collector = new FieldCollector();
    /** The fields of each selection by object type: collected once for all the rows of a list. */
    private final Map<MergedField, Map<GraphQLObjectType, MergedSelectionSet>> collected = new IdentityHashMap<>();

    private PlannedCompletion(ExecutionContext context) {
        this.context = context;
    }

    /** Whether a root field's value is planned: a row, or a list of them. */
    public static boolean isPlanned(Object value) {
        return value instanceof PlannedRow || value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof PlannedRow;
    }

    /** The answer's data for {@code value}, a field of {@code type} selected as {@code field}, or {@link #LEFT_TO_GRAPHQL_JAVA}. */
    public static Object complete(ExecutionContext context, GraphQLOutputType type, MergedField field, Object value) {
        try {
            return new PlannedCompletion(context).value(type, field, value);
        } catch (RuntimeException e) {
            if (e == NOT_HERE || e instanceof CoercingSerializeException) {
                return LEFT_TO_GRAPHQL_JAVA;
            }
            throw e;
        }
    }

    private JsonValue value(GraphQLOutputType type, MergedField field, Object value) {
        boolean nonNull = type instanceof GraphQLNonNull;
        GraphQLOutputType nullable = nonNull ? (GraphQLOutputType) ((GraphQLNonNull) type).getWrappedType() : type;
        JsonValue completed = value == null ? null : nullable(nullable, field, value);
        if (completed == null) {
            if (nonNull) {
                throw NOT_HERE;
            }
            return JsonValue.NULL;
        }
        return completed;
    }

    private JsonValue nullable(GraphQLOutputType type, MergedField field, Object value) {
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                throw NOT_HERE;
            }
            GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
            JsonArrayBuilder completed = PlannedJson.array();
            for (Object item : items) {
                completed.add(value(itemType, field, item));
            }
            return completed.build();
        }
        if (type instanceof GraphQLScalarType scalar) {
            return json(scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale()));
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return json(enumeration.serialize(value, context.getGraphQLContext(), context.getLocale()));
        }
        if (!(value instanceof PlannedRow row)) {
            throw NOT_HERE;
        }
        GraphQLObjectType objectType = type instanceof GraphQLObjectType object ? object
                : row.type() == null ? null : context.getGraphQLSchema().getObjectType(row.type());
        if (objectType == null) {
            throw NOT_HERE;
        }
        MergedSelectionSet fields = fields(field, objectType);
        PlannedJson.Obj answer = new PlannedJson.Obj(fields.size());
        for (Map.Entry<String, MergedField> selected : fields.getSubFields().entrySet()) {
            String key = selected.getKey();
            MergedField sub = selected.getValue();
            if (sub.getName().equals("__typename")) {
                answer.add(key, json(objectType.getName()));
                continue;
            }
            GraphQLFieldDefinition definition = objectType.getFieldDefinition(sub.getName());
            if (definition == null) {
                throw NOT_HERE;
            }
            answer.add(key, value(definition.getType(), sub, row.get(key)));
        }
        return answer;
    }

    /**
     * A serialized value as SmallRye writes it, null for null (which {@link #value} judges by the field's type); one
     * SmallRye would convert otherwise (through JSON-B) is left to graphql-java.
     */
    private static JsonValue json(Object serialized) {
        if (serialized == null) {
            return null;
        }
        JsonValue json = PlannedJson.scalar(serialized);
        if (json == null) {
            throw NOT_HERE;
        }
        return json;
    }

    private MergedSelectionSet fields(MergedField field, GraphQLObjectType type) {
        return collected.computeIfAbsent(field, f -> new IdentityHashMap<>()).computeIfAbsent(type, t -> collector.collectFields(
                FieldCollectorParameters.newParameters().schema(context.getGraphQLSchema()).objectType(t)
                        .fragments(context.getFragmentsByName()).variables(context.getCoercedVariables().toMap())
                        .graphQLContext(context.getGraphQLContext()).build(),
                field, false));
    }
}
