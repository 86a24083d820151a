package org.parley.common.execution;

import org.parley.common.aggregate.Group;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * How many objects an answer can hold, from the document alone (GitHub's node limit): a list or connection counts
 * its requested size ({@code first}, else {@code last}, else the default page size; at most the largest page) times
 * one plus what each item asks for; so nested lists multiply. Scalars count nothing; a single object counts what it asks for; the fields of
 * a connection and of its edges (`nodes`, `edges`, `node`, `pageInfo`) belong to the connection's count, but for its
 * `aggregate`, counted once; a group's `keys` count one per dimension there is.
 */
final class NodeEstimate implements FieldComplexityCalculator {

    private final int defaultSize;
    private final int maxSize;

    NodeEstimate(int defaultSize, int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /** The size of a list that asks for none. */
    int defaultSize() {
        return defaultSize;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        if (isPage(environment.getParentType())) {
            if (environment.getField().getName().equals("aggregate")) {
                // one per connection, not per item: the connection multiplies its fields by its size, so its share is divided by it
                int size = Math.max(1, size(environment.getParentEnvironment()));
                return (childComplexity + size - 1) / size;
            }
            return childComplexity;
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
        GraphQLType item = GraphQLTypeUtil.unwrapAll(type);
        boolean list = type instanceof GraphQLList || isPage(item);
        if (!list) {
            return childComplexity;
        }
        if (!(item instanceof GraphQLCompositeType)) {
            return 0; // a list of scalars or enums is a value of its record
        }
        // a connection of 0 items still answers its aggregate: it counts as one
        int size = isPage(item) ? Math.max(1, size(environment)) : size(environment);
        return (int) Math.min(Integer.MAX_VALUE, (long) size * (1L + childComplexity));
    }

    private int size(FieldComplexityEnvironment environment) {
        if (environment.getParentType().getName().equals(Group.TYPE)
                && environment.getField().getName().equals("keys")) {
            return Group.MAX_KEYS; // one per dimension asked: the size is the request's, not the data's
        }
        Object first = environment.getArguments().get("first");
        Object last = environment.getArguments().get("last");
        Object requested = first != null ? first : last;
        // a size over the maximum is refused by the list itself, with its own message
        return requested instanceof Number n ? (int) Math.max(0, Math.min(n.longValue(), maxSize)) : defaultSize;
    }

    /** Connection and edge types, whose own lists are the page already counted. */
    private static boolean isPage(GraphQLType type) {
        return type instanceof GraphQLNamedType named
                && (named.getName().endsWith("Connection") || named.getName().endsWith("Edge"));
    }
}
