package org.parley.common.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.parley.common.GlobalId;
import org.parley.common.InvalidInputException;
import org.parley.common.paging.PageRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.agroal.api.AgroalDataSource;

/**
 * Reads planned as SQL: a query's root field whose whole selection the {@link ReadModel} knows is answered by one
 * statement that builds the answer's JSON in the database; graphql-java then completes the fields under it from that
 * answer ({@link PlannedRow}), with no resolver, entity or data loader. A root field it cannot plan is resolved as
 * before. docs/reads.md follows one request through it.
 */
@Singleton
public class ReadPlanner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadModel model;
    private final AgroalDataSource database;

    private final java.util.concurrent.atomic.AtomicLong planned = new java.util.concurrent.atomic.AtomicLong();

    /** Off only in the test that compares the planned answers with the resolvers'. */
    private volatile boolean enabled = true;

    @Inject
    public ReadPlanner(ReadModel model, AgroalDataSource database) {
        this.model = model;
        this.database = database;
    }

    public void enable(boolean on) {
        enabled = on;
    }

    /** The value of a field under a planned object: already in the answer. */
    public static Object valueOf(PlannedRow row, DataFetchingEnvironment environment) {
        return row.get(environment.getMergedField().getResultKey());
    }

    /** Relay's root field that finds any record by its global id. */
    private static final String NODE = "node";

    /** What {@link #answer} gives for a field it does not plan. */
    public static final Object NOT_PLANNED = new Object();

    /**
     * The planned answer of a query's root field, or {@link #NOT_PLANNED}. {@code running} is given the statement
     * while it runs, so that it can be cancelled, and {@code timeoutSeconds} (0 for none) bounds it in the database.
     */
    public Object answer(DataFetchingEnvironment environment, Consumer<java.sql.Statement> running, int timeoutSeconds) {
        Planning.Statement statement = plan(environment);
        if (statement == null) {
            return NOT_PLANNED;
        }
        planned.incrementAndGet();
        return run(statement, running, timeoutSeconds);
    }

    /** Root fields answered by a planned statement since start (the tests' and an operator's count). */
    public long planned() {
        return planned.get();
    }

    Planning.Statement plan(DataFetchingEnvironment environment) {
        if (!enabled || environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY
                || environment.getExecutionStepInfo().getPath().getLevel() != 1) {
            return null;
        }
        String name = environment.getField().getName();
        RootRead root = model.root(name);
        if (root == null && !name.equals(NODE)) {
            return null;
        }
        Planning planning = new Planning(model);
        try {
            if (root == null) {
                return node(planning, environment);
            }
            return root.order == null ? byId(planning, root, environment) : connection(planning, root, environment);
        } catch (InvalidInputException e) {
            return null; // an argument the resolver refuses, with its own error
        } catch (RuntimeException e) {
            if (e == Planning.NOT_PLANNED) {
                return null;
            }
            throw e;
        }
    }

    private Object run(Planning.Statement statement, Consumer<java.sql.Statement> running, int timeoutSeconds) {
        try (Connection connection = database.getConnection();
                PreparedStatement prepared = connection.prepareStatement(model.inspected(statement.sql()))) {
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                prepared.setObject(i + 1, parameters.get(i));
            }
            if (timeoutSeconds > 0) {
                prepared.setQueryTimeout(timeoutSeconds);
            }
            running.accept(prepared);
            try (ResultSet result = prepared.executeQuery()) {
                return result.next() ? statement.answer().valueOf(JSON.readTree(result.getString(1))) : null;
            } finally {
                running.accept(null);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("A planned read failed: " + e.getMessage() + " in " + statement.sql(), e);
        }
    }

    private Planning.Statement byId(Planning planning, RootRead root, DataFetchingEnvironment environment) {
        String id = id(environment);
        return byKey(planning, planning.table(root.entity), GlobalId.keyOf(id, root.entity), environment);
    }

    /** Relay's `node(id:)`: the record of whichever type the id names (one that is not a planned type resolves). */
    private Planning.Statement node(Planning planning, DataFetchingEnvironment environment) {
        GlobalId.Decoded decoded = GlobalId.decode(id(environment));
        EntityTable table = model.nodeTable(decoded.typeName());
        if (table == null) {
            throw Planning.NOT_PLANNED;
        }
        return byKey(planning, table, decoded.key(), environment);
    }

    private static String id(DataFetchingEnvironment environment) {
        Map<String, Object> arguments = environment.getArguments();
        if (arguments.size() != 1 || !(arguments.get("id") instanceof String id)) {
            throw Planning.NOT_PLANNED;
        }
        return id;
    }

    private Planning.Statement byKey(Planning planning, EntityTable table, long key, DataFetchingEnvironment environment) {
        String row = planning.alias();
        Planned object = planning.object(table, row, environment.getSelectionSet());
        return planning.statement("select " + object.sql() + " from " + table.name() + " " + row + " where " + row + "."
                + table.key() + " = " + planning.bind(key), object);
    }

    /** A Relay connection as Pager pages it: the page and one item more, and a count only when asked. */
    private Planning.Statement connection(Planning planning, RootRead root, DataFetchingEnvironment environment) {
        EntityTable table = planning.table(root.entity);
        Map<String, Object> arguments = environment.getArguments();
        Integer first = Planning.integer(arguments.get("first"));
        String after = (String) arguments.get("after");
        if (arguments.get("last") != null || arguments.get("before") != null) {
            throw Planning.NOT_PLANNED;
        }
        int size = planning.size(first);
        String row = planning.alias();
        List<String> where = conditions(planning, root, table, row, arguments);
        if (after != null) {
            where.add(planning.after(table, row, root.order, PageRequest.keysOf(after, "after", root.order)));
        }

        List<String[]> item = new ArrayList<>();
        ConnectionShape shape = new ConnectionShape(after != null, size);
        for (SelectedField field : environment.getSelectionSet().getImmediateFields()) {
            switch (field.getName()) {
                case "__typename" -> {
                }
                case "totalCount" -> shape.count.add(field.getResultKey());
                case "nodes" -> {
                    Planned node = planning.object(table, row, field);
                    item.add(new String[] { field.getResultKey(), node.sql() });
                    shape.nodes.add(new ConnectionShape.Part(field.getResultKey(), node));
                }
                case "edges" -> shape.edges.add(edges(planning, table, row, field, item));
                case "pageInfo" -> shape.pageInfo.add(ConnectionShape.pageInfo(field));
                default -> throw Planning.NOT_PLANNED;
            }
        }
        List<String> terms = table.order(root.order, row);
        item.add(new String[] { "$k", planning.dialect().array(terms.stream().map(Planning::expressionOf).toList()) });
        List<String[]> answer = new ArrayList<>();
        answer.add(new String[] { "items", planning.orderedArray(planning.dialect().object(item), table.name() + " " + row + whereClause(where),
                terms, planning.bind(size + 1)) });
        if (!shape.count.isEmpty()) {
            String counted = planning.alias();
            answer.add(new String[] { "count", "(select count(*) from " + table.name() + " " + counted
                    + whereClause(conditions(planning, root, table, counted, arguments)) + ")" });
        }
        return planning.statement("select " + planning.dialect().object(answer), new Planned("", shape::read));
    }

    private static ConnectionShape.Edges edges(Planning planning, EntityTable table, String row, SelectedField edges, List<String[]> item) {
        ConnectionShape.Edges shape = new ConnectionShape.Edges(edges.getResultKey());
        for (SelectedField field : edges.getSelectionSet().getImmediateFields()) {
            switch (field.getName()) {
                case "__typename" -> {
                }
                case "cursor" -> shape.cursors.add(field.getResultKey());
                case "node" -> {
                    Planned node = planning.object(table, row, field);
                    String key = edges.getResultKey() + "." + field.getResultKey();
                    item.add(new String[] { key, node.sql() });
                    shape.nodes.add(new ConnectionShape.Part(field.getResultKey(), new Planned(key, node.read())));
                }
                default -> throw Planning.NOT_PLANNED;
            }
        }
        return shape;
    }

    /** The root's filters for the arguments given; an argument without one is not planned. */
    private static List<String> conditions(Planning planning, RootRead root, EntityTable table, String row, Map<String, Object> arguments) {
        RootRead.Conditions rows = new RootRead.Conditions() {
            @Override
            public String column(String attribute) {
                return row + "." + table.column(attribute);
            }

            @Override
            public String bind(Object value) {
                return planning.bind(value);
            }

            @Override
            public String row() {
                return row;
            }

            @Override
            public Sql sql() {
                return planning.sql(table);
            }
        };
        List<String> where = new ArrayList<>();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            String name = argument.getKey();
            if (argument.getValue() == null || name.equals("first") || name.equals("after")) {
                continue;
            }
            RootRead.Filter filter = root.filters.get(name);
            if (filter == null) {
                throw Planning.NOT_PLANNED;
            }
            String condition = filter.where(argument.getValue(), rows);
            if (condition != null) {
                where.add(condition);
            }
        }
        return where;
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
