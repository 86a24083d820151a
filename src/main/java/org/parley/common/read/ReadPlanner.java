package org.parley.common.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.parley.common.error.InvalidInputException;
import org.parley.common.graphql.GlobalId;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.DataVersion;
import org.parley.common.persistence.DomainEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.Argument;
import graphql.language.FragmentDefinition;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.agroal.api.AgroalDataSource;

/**
 * Reads planned as SQL: a query's root field whose whole selection the {@link ReadModel} knows is answered by one
 * statement that builds the answer's JSON in the database; graphql-java then completes the fields under it from that
 * answer ({@link PlannedRow}), with no resolver, entity or data loader. A root field it cannot plan is resolved as
 * before. A plan (or the finding that there is none) is kept beside its parsed document ({@link PlanCache}) for the
 * next request that sends the same operation with the same variables on the same day. docs/reads.md follows one
 * request through it.
 */
@Singleton
public class ReadPlanner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadModel model;
    private final AgroalDataSource database;
    private final PlanCache plans;
    private final DataVersion version;

    private final AtomicLong planned = new AtomicLong();
    private final AtomicLong made = new AtomicLong();

    /** Off only in the test that compares the planned answers with the resolvers'. */
    private volatile boolean enabled = true;

    @Inject
    public ReadPlanner(ReadModel model, AgroalDataSource database, PlanCache plans, DataVersion version) {
        this.model = model;
        this.database = database;
        this.plans = plans;
        this.version = version;
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

    /** A root field's planned statement, ready to run. */
    @FunctionalInterface
    public interface Ready {
        /**
         * The answer. {@code running} is given the statement while it runs, so that it can be cancelled, and
         * {@code timeoutSeconds} (0 for none) bounds it in the database.
         */
        default Object run(Consumer<java.sql.Statement> running, int timeoutSeconds) {
            return run(running, timeoutSeconds, null);
        }

        /** The same, {@code version} (unless null) given the data version read before the statement, in its round trip where the database allows. */
        Object run(Consumer<java.sql.Statement> running, int timeoutSeconds, java.util.function.LongConsumer version);
    }

    /**
     * The planned statement of a query's root field, made or found kept without touching the database (so on any
     * thread), or null where the field is not planned.
     */
    public Ready ready(DataFetchingEnvironment environment) {
        if (!enabled || environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY
                || environment.getExecutionStepInfo().getPath().getLevel() != 1) {
            return null;
        }
        Planning.Statement statement = kept(environment);
        if (statement == null) {
            return null;
        }
        return (running, timeoutSeconds, version) -> {
            planned.incrementAndGet();
            return run(statement, running, timeoutSeconds, version);
        };
    }

    /**
     * A mutation's answer: the record it wrote, read again by its key as a query reads it (once the write's
     * transaction has ended, when the resolvers too read its fields), or null where the record's type or the
     * selection is not planned. Not kept: a mutation's variables are its input, which no other request sends again.
     */
    public Ready payload(DataFetchingEnvironment environment, Object written) {
        if (!enabled || environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION
                || environment.getExecutionStepInfo().getPath().getLevel() != 1 || !(written instanceof DomainEntity record)
                || record.id == null) {
            return null;
        }
        EntityTable table = model.table(org.hibernate.Hibernate.getClass(record));
        Planning.Statement statement = table == null ? null : recordRead(table, environment);
        return statement == null ? null : reading(statement, record);
    }

    /**
     * A subscription's events: each record its feed hands over, read again by its key with the subscription's
     * selection, as a mutation's answer is; planned once for the subscription, when it starts. Null where the field's
     * type or the selection is not planned: its events are then resolved.
     */
    public java.util.function.Function<Object, Ready> events(DataFetchingEnvironment environment) {
        if (!enabled || environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.SUBSCRIPTION
                || environment.getExecutionStepInfo().getPath().getLevel() != 1) {
            return null;
        }
        EntityTable table = model.nodeTable(graphql.schema.GraphQLTypeUtil.unwrapAll(environment.getFieldType()).getName());
        Planning.Statement statement = table == null ? null : recordRead(table, environment);
        return statement == null ? null
                : event -> event instanceof DomainEntity record && record.id != null && table.equals(model.table(org.hibernate.Hibernate.getClass(record)))
                        ? reading(statement, record) : null;
    }

    /**
     * A connection ranked in Java ({@link RootRead#ranked}: `search`), as its resolver answered it, with the records of
     * its page read by the planner; null where the root is none such or its selection is not planned. Planned once per
     * operation and variables and kept, as {@link #ready} keeps a root's statement.
     */
    public java.util.function.Function<Object, Ready> ranked(DataFetchingEnvironment environment) {
        if (!enabled || environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY
                || environment.getExecutionStepInfo().getPath().getLevel() != 1) {
            return null;
        }
        RootRead root = model.root(environment.getField().getName());
        if (root == null || root.ranked == null) {
            return null;
        }
        Key key = new Key(environment.getOperationDefinition().getName(), environment.getField().getResultKey(),
                environment.getVariables(), LocalDate.now(ZoneOffset.UTC), null);
        Object plan = keptOrMade(environment, key,
                () -> unlessRefused(() -> RankedRead.plan(new Planning(model), root.ranked, environment.getSelectionSet())), RankedRead::weight);
        if (plan == NONE) {
            return null;
        }
        RankedRead read = (RankedRead) plan;
        return resolved -> resolved instanceof org.parley.common.paging.Connection<?, ?> page ? (running, timeoutSeconds, version) -> {
            Planning.Statement statement = read.statement(page.nodes);
            JsonNode records = statement == null ? null : (JsonNode) run(statement, running, timeoutSeconds, version);
            planned.incrementAndGet();
            return read.answer(page, records);
        } : null;
    }

    /** The record of the key bound later, for the field's selection, or null where it is not planned. */
    private Planning.Statement recordRead(EntityTable table, DataFetchingEnvironment environment) {
        made.incrementAndGet();
        return unlessRefused(() -> byKey(new Planning(model), table, environment));
    }

    /** The written record read by {@code statement}; the record as written (read by the resolvers) if it is gone again. */
    private Ready reading(Planning.Statement statement, DomainEntity written) {
        Planning.Statement bound = statement.withRootKey(written.id);
        return (running, timeoutSeconds, version) -> {
            Object answer = run(bound, running, timeoutSeconds, version);
            if (answer == null) {
                return written;
            }
            planned.incrementAndGet();
            return answer;
        };
    }

    /** Root fields answered by a planned statement since start (the tests' and an operator's count). */
    public long planned() {
        return planned.get();
    }

    /** Root fields planned since start, planned or found not plannable: those not taken from the {@link PlanCache}. */
    public long plansMade() {
        return made.get();
    }

    /**
     * What a plan is made of besides its document: the operation, the root field's result key, the variables (the
     * arguments' values and `@skip`/`@include`), today's date, which a field's `asOf` defaults to, and for a lookup by
     * id the type the id names. The variable that only gives a lookup its id is left out: the plan binds the key of
     * whichever id comes ({@link Planning#ROOT_KEY}), so one plan serves every round asked by `round(id: $id)`.
     */
    private record Key(String operation, String resultKey, Map<String, Object> variables, LocalDate today, String type) {
    }

    /** The variable found to give a lookup its id and nothing else, or {@link #NONE}: found once per document. */
    private record IdVariable(String operation, String resultKey) {
    }

    /** Kept for "no plan", so that a field the planner cannot answer is not walked again either. */
    private static final Object NONE = new Object();

    /** The record a lookup by id asks for: its table, its key. */
    private record Target(EntityTable table, long key) {
    }

    private Planning.Statement kept(DataFetchingEnvironment environment) {
        String name = environment.getField().getName();
        RootRead root = model.root(name);
        if (root == null && !name.equals(NODE) || root != null && root.ranked != null) {
            return null;
        }
        Target target = null;
        Map<String, Object> variables = environment.getVariables();
        if (root == null || root.byId()) {
            target = unlessRefused(() -> target(root, environment));
            if (target == null) {
                return null;
            }
            String idVariable = idVariable(environment);
            if (idVariable != null) {
                variables = new HashMap<>(variables);
                variables.remove(idVariable);
            }
        }
        Key key = new Key(environment.getOperationDefinition().getName(), environment.getField().getResultKey(), variables,
                LocalDate.now(ZoneOffset.UTC), target == null ? null : target.table().typeName());
        Target lookup = target;
        Object plan = keptOrMade(environment, key, () -> plan(root, lookup, environment), Planning.Statement::weight);
        if (plan == NONE) {
            return null;
        }
        return target == null ? (Planning.Statement) plan : ((Planning.Statement) plan).withRootKey(target.key());
    }

    /**
     * The plan kept beside the document for {@code key}, or the one {@code make} makes now (null: none, kept as
     * {@link #NONE} so that the field is not walked again), kept by its weight in bytes.
     */
    private <P> Object keptOrMade(DataFetchingEnvironment environment, Key key, java.util.function.Supplier<P> make,
            java.util.function.ToLongFunction<P> weight) {
        Object plan = plans.plan(environment.getDocument(), key);
        if (plan == null) {
            made.incrementAndGet();
            P fresh = make.get();
            plan = fresh == null ? NONE : fresh;
            plans.keep(environment.getDocument(), key, plan, weight(key.variables()) + (fresh == null ? 64 : weight.applyAsLong(fresh)));
        }
        return plan;
    }

    /** A lookup's record: `node(id:)` finds it in the table its id names (null when that type is not planned). */
    private Target target(RootRead root, DataFetchingEnvironment environment) {
        String id = id(environment);
        if (root != null) {
            EntityTable table = model.table(root.entity);
            if (table == null) {
                throw Planning.NOT_PLANNED;
            }
            return new Target(table, GlobalId.keyOf(id, root.entity));
        }
        GlobalId.Decoded decoded = GlobalId.decode(id);
        EntityTable table = model.nodeTable(decoded.typeName());
        if (table == null) {
            throw Planning.NOT_PLANNED;
        }
        return new Target(table, decoded.key());
    }

    /** The variable a lookup takes its id from when nothing else in the operation reads it, or null. */
    private String idVariable(DataFetchingEnvironment environment) {
        IdVariable key = new IdVariable(environment.getOperationDefinition().getName(), environment.getField().getResultKey());
        Object found = plans.plan(environment.getDocument(), key);
        if (found == null) {
            found = NONE;
            Argument id = environment.getField().getArguments().stream().filter(a -> a.getName().equals("id")).findFirst().orElse(null);
            if (environment.getMergedField().getFields().size() == 1 && id != null && id.getValue() instanceof VariableReference reference) {
                int uses = uses(environment.getOperationDefinition(), reference.getName());
                for (FragmentDefinition fragment : environment.getFragmentsByName().values()) {
                    uses += uses(fragment, reference.getName());
                }
                if (uses == 1) {
                    found = reference.getName();
                }
            }
            plans.keep(environment.getDocument(), key, found, 64);
        }
        return found == NONE ? null : (String) found;
    }

    /** How often the variable is read under this node of the document. */
    private static int uses(Node<?> node, String variable) {
        int uses = node instanceof VariableReference reference && reference.getName().equals(variable) ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            uses += uses(child, variable);
        }
        return uses;
    }

    /** Bytes a variable's value holds, roughly: its text and a header per object. */
    private static long weight(Object value) {
        if (value instanceof CharSequence text) {
            return 48 + 2L * text.length();
        }
        long bytes = 32;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 32 + weight(entry.getKey()) + weight(entry.getValue());
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                bytes += 8 + weight(item);
            }
        }
        return bytes;
    }

    private Planning.Statement plan(RootRead root, Target target, DataFetchingEnvironment environment) {
        Planning planning = new Planning(model);
        return unlessRefused(() -> target != null ? byKey(planning, target.table(), environment)
                : root.entries != null ? entries(planning, root, environment)
                        : root.identified != null ? identified(planning, root, environment)
                        : root.object != null ? single(planning, root, environment)
                                : root.list != null ? list(planning, root, environment) : connection(planning, root, environment));
    }

    /** What {@code planned} gives, or null where it meets what it cannot plan or an argument the resolver refuses (with its own error). */
    private static <T> T unlessRefused(java.util.function.Supplier<T> planned) {
        try {
            return planned.get();
        } catch (InvalidInputException e) {
            return null;
        } catch (RuntimeException e) {
            if (e == Planning.NOT_PLANNED) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The answer of {@code statement}. The data version is read first when its counts are kept (counts made after it
     * have seen every write that advanced it: KeptCounts) or when {@code tag} wants it (an ETag never newer than the
     * data it tags); on PostgreSQL in the statement's own round trip.
     */
    private Object run(Planning.Statement statement, Consumer<java.sql.Statement> running, int timeoutSeconds,
            java.util.function.LongConsumer tag) {
        Planning.Statement sent = statement;
        try (Connection connection = database.getConnection()) {
            KeptCounts counts = statement.count();
            long[] current = counts == null && tag == null ? null : new long[1];
            KeptCounts.At last = counts == null ? null : counts.last();
            if (current != null && version.readInOneTrip() && (counts == null || last != null)) {
                // PostgreSQL: the version and the statement (without the counts) in one round trip, all a request sends
                // while no write moves the version; when one has, the counts are made again after it
                sent = counts == null ? statement : counts.uncounted();
                JsonNode json = query(connection, sent, current, running, timeoutSeconds);
                tag(tag, current[0]);
                if (counts == null) {
                    return statement.answer().valueOf(json);
                }
                if (current[0] == last.version()) {
                    last.into(json);
                    return statement.answer().valueOf(json);
                }
            } else if (current != null) {
                current[0] = version.currentOn(connection);
                tag(tag, current[0]);
            }
            if (counts == null) {
                return statement.answer().valueOf(query(connection, sent, null, running, timeoutSeconds));
            }
            KeptCounts.At kept = counts.at(current[0]);
            sent = kept != null ? counts.uncounted() : statement;
            JsonNode json = query(connection, sent, null, running, timeoutSeconds);
            if (kept != null) {
                kept.into(json);
            } else {
                counts.keep(current[0], json);
            }
            return statement.answer().valueOf(json);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("A planned read failed: " + e.getMessage() + " in " + sent.sql(), e);
        }
    }

    private static void tag(java.util.function.LongConsumer tag, long version) {
        if (tag != null) {
            tag.accept(version);
        }
    }

    /**
     * The JSON {@code sent} answers (null for no row); with {@code version}, the data version read first in the same
     * round trip (PostgreSQL runs a prepared statement's queries in order) and put there.
     */
    private JsonNode query(Connection connection, Planning.Statement sent, long[] version, Consumer<java.sql.Statement> running,
            int timeoutSeconds) throws SQLException, java.io.IOException {
        String sql = model.inspected(sent.sql());
        try (PreparedStatement prepared = connection.prepareStatement(version == null ? sql : this.version.query() + "; " + sql)) {
            List<Object> parameters = sent.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                prepared.setObject(i + 1, parameters.get(i));
            }
            if (timeoutSeconds > 0) {
                prepared.setQueryTimeout(timeoutSeconds);
            }
            running.accept(prepared);
            try {
                prepared.execute();
                if (version != null) {
                    try (ResultSet read = prepared.getResultSet()) {
                        read.next();
                        version[0] = read.getLong(1);
                    }
                    prepared.getMoreResults();
                }
                try (ResultSet result = prepared.getResultSet()) {
                    return result.next() ? JSON.readTree(result.getString(1)) : null;
                }
            } finally {
                running.accept(null);
            }
        }
    }

    private static String id(DataFetchingEnvironment environment) {
        Map<String, Object> arguments = environment.getArguments();
        if (arguments.size() != 1 || !(arguments.get("id") instanceof String id)) {
            throw Planning.NOT_PLANNED;
        }
        return id;
    }

    /** A lookup: the record of the key bound to each request ({@link Planning#ROOT_KEY}). */
    private Planning.Statement byKey(Planning planning, EntityTable table, DataFetchingEnvironment environment) {
        String row = planning.alias();
        Planned object = planning.object(table, row, environment.getSelectionSet());
        return planning.statement("select " + object.sql() + " from " + table.name() + " " + row + " where " + row + "."
                + table.key() + " = " + planning.bind(Planning.ROOT_KEY), object);
    }

    /**
     * A record of any type that a row of another table names (an external identifier's subject): the row's type name
     * chooses, in a `case`, the record of that type planned for the selection (its fragments on other types left out);
     * null when there is no such row or record.
     */
    private Planning.Statement identified(Planning planning, RootRead root, DataFetchingEnvironment environment) {
        String row = planning.alias();
        RootRead.Identified found = root.identified.read(planning.sql(null), row, environment.getArguments());
        Map<String, Planned> byType = new HashMap<>();
        String record = planning.recordOfKind(found.typeName(), model.nodeTables(), found.key(), environment.getSelectionSet(), byType);
        String answer = planning.dialect().array(List.of(found.typeName(), record));
        return planning.statement("select " + answer + " from " + found.from() + " where " + found.where(), new Planned("", json -> {
            Planned object = byType.get(json.get(0).textValue());
            if (object == null) {
                throw new IllegalStateException("A record of a type the read model does not know: " + json.get(0).textValue());
            }
            return object.valueOf(json.get(1));
        }));
    }

    /**
     * A Relay connection as Pager pages it: the page and one item more in the order asked (`orderBy`, or the list's
     * own), and a count only when asked.
     */
    private Planning.Statement connection(Planning planning, RootRead root, DataFetchingEnvironment environment) {
        EntityTable table = planning.table(root.entity);
        Map<String, Object> arguments = environment.getArguments();
        Integer first = Planning.integer(arguments.get("first"));
        Integer last = Planning.integer(arguments.get("last"));
        String after = (String) arguments.get("after");
        String before = (String) arguments.get("before");
        boolean backwards = first == null && last != null; // as Pager: `last` alone reads from the end
        int size = planning.size(first != null ? first : last);
        if (first != null && last != null) {
            planning.size(last);
        }
        SortKey<?> order = root.order.chosen((List<?>) arguments.get(FieldRead.ORDER_BY));
        String row = planning.alias();
        List<String> where = conditions(planning, root, table, row, arguments);
        if (after != null) {
            where.add(planning.after(table, row, order, PageRequest.keysOf(after, "after", order), false));
        }
        if (before != null) {
            where.add(planning.after(table, row, order, PageRequest.keysOf(before, "before", order), true));
        }

        List<String[]> item = new ArrayList<>();
        ConnectionShape shape = new ConnectionShape(new ConnectionShape.Page(size, backwards, backwards ? null : last,
                after != null, before != null, order));
        // the list's rows under its filters, for a fresh alias: what `totalCount` and `aggregate` count
        java.util.function.Function<String, String> rows = alias -> table.name() + " " + alias
                + whereClause(conditions(planning, root, table, alias, arguments));
        // the list's count, counted once however many fields ask it (`totalCount`, each `aggregate { count }`)
        String counted = planning.alias();
        selection(environment.getSelectionSet(), shape, item, field -> planning.object(table, row, field), field -> AggregateRead.plan(planning, table,
                root, field, rows, counted + ".n"));
        List<String> terms = table.order(order, row, backwards);
        item.add(new String[] { "$k", planning.dialect().array(terms.stream().map(Planning::expressionOf).toList()) });
        List<String[]> answer = new ArrayList<>();
        answer.add(new String[] { "items", planning.orderedArray(planning.dialect().object(item), table.name() + " " + row + whereClause(where),
                terms, size + 1) });
        Planned read = new Planned("", shape::read);
        String uncounted = "select " + planning.dialect().object(answer);
        // the counts, kept with the plan while no write advances the data version (KeptCounts)
        List<String> kept = new ArrayList<>();
        for (ConnectionShape.Part aggregate : shape.aggregates) {
            kept.add(ConnectionShape.AGGREGATE + aggregate.key());
            answer.add(new String[] { kept.get(kept.size() - 1), aggregate.object().sql() });
        }
        if (!shape.count.isEmpty()) {
            kept.add("count");
            answer.add(new String[] { "count", counted + ".n" });
        }
        boolean counts = !shape.count.isEmpty() || environment.getSelectionSet().getImmediateFields().stream()
                .anyMatch(field -> field.getName().equals("aggregate") && field.getSelectionSet().contains("count"));
        String whole = "select " + planning.dialect().object(answer)
                + (counts ? " from (select count(*) n from " + rows.apply(planning.alias()) + ") " + counted : "");
        return kept.isEmpty() ? planning.statement(whole, read) : planning.statement(whole, read, uncounted, kept);
    }

    /** A plain list of records, whole; the root's error when its subject does not exist. */
    private Planning.Statement list(Planning planning, RootRead root, DataFetchingEnvironment environment) {
        EntityTable table = planning.table(root.entity);
        String row = planning.alias();
        RootRead.Listed listed = root.list.read(planning.sql(table), row, environment.getArguments());
        Planned object = planning.object(table, row, environment.getSelectionSet());
        Rows rows = listed.rows();
        List<String[]> answer = List.of(
                new String[] { "items", "(select " + planning.dialect().aggregate(object.sql(), String.join(", ", rows.order())) + " from "
                        + rows.from() + " where " + rows.where() + ")" },
                new String[] { "exists", "case when " + listed.exists() + " then 1 else 0 end" });
        return planning.statement("select " + planning.dialect().object(answer), new Planned("", json -> {
            if (json.get("exists").intValue() == 0) {
                throw listed.missing().get();
            }
            List<Object> items = new ArrayList<>(json.get("items").size());
            for (JsonNode item : json.get("items")) {
                items.add(object.valueOf(item));
            }
            return items;
        }));
    }

    /** An object that is no record: its fields read on its one row; the root's error when there is none. */
    private Planning.Statement single(Planning planning, RootRead root, DataFetchingEnvironment environment) {
        String row = planning.alias();
        RootRead.Single single = root.object.read(planning.sql(null), row, environment.getArguments());
        Map<String, FieldRead> fields = single.fields().declared;
        Planned object = planning.object(single.typeName(), name -> fields.getOrDefault(name, FieldRead.UNPLANNED), null, row,
                environment.getSelectionSet());
        String answer = planning.dialect().object(List.<String[]>of(new String[] { "o", "(select " + object.sql() + " from "
                + single.from() + " where " + single.where() + ")" }));
        return planning.statement("select " + answer, new Planned("", json -> {
            if (json.get("o") == null || json.get("o").isNull()) {
                throw single.missing().get();
            }
            return object.valueOf(json.get("o"));
        }));
    }

    /** A connection of entries holding records of several types (a timeline) at the root: {@link EntryList}'s, of a subject that exists. */
    private Planning.Statement entries(Planning planning, RootRead root, DataFetchingEnvironment environment) {
        Map<String, Object> arguments = new HashMap<>(environment.getArguments());
        PageRequest request = EntryList.request(planning, arguments);
        Sql sql = planning.sql(null);
        RootRead.Entries entries = root.entries.rows(sql, arguments);
        List<String[]> answer = new ArrayList<>();
        ConnectionShape shape = EntryList.plan(planning, request, entries.kinds(), entries.rows(),
                environment.getSelectionSet(), answer);
        answer.add(new String[] { "exists", "case when " + entries.exists() + " then 1 else 0 end" });
        Planned read = new Planned("", json -> {
            if (json.get("exists").intValue() == 0) {
                throw entries.missing().get();
            }
            return shape.read(json);
        });
        return planning.statement("select " + planning.dialect().object(answer), read);
    }

    /**
     * A connection's selection: what the answer's items hold ({@code item}: each occurrence of `nodes` and of
     * `edges.node` as {@code node} plans it), its counts ({@code aggregate}: null where it has none) and what
     * {@code shape} makes of them.
     */
    static void selection(DataFetchingFieldSelectionSet selection, ConnectionShape shape, List<String[]> item,
            java.util.function.Function<SelectedField, Planned> node, java.util.function.Function<SelectedField, Planned> aggregate) {
        for (SelectedField field : selection.getImmediateFields()) {
            switch (field.getName()) {
                case "__typename" -> {
                }
                case "totalCount" -> shape.count.add(field.getResultKey());
                case "nodes" -> {
                    Planned planned = node.apply(field);
                    item.add(new String[] { field.getResultKey(), planned.sql() });
                    shape.nodes.add(new ConnectionShape.Part(field.getResultKey(), planned));
                }
                case "edges" -> {
                    ConnectionShape.Edges edges = new ConnectionShape.Edges(field.getResultKey());
                    for (SelectedField edge : field.getSelectionSet().getImmediateFields()) {
                        switch (edge.getName()) {
                            case "__typename" -> {
                            }
                            case "cursor" -> edges.cursors.add(edge.getResultKey());
                            case "node" -> {
                                Planned planned = node.apply(edge);
                                String key = field.getResultKey() + "." + edge.getResultKey();
                                item.add(new String[] { key, planned.sql() });
                                edges.nodes.add(new ConnectionShape.Part(edge.getResultKey(), new Planned(key, planned.read())));
                            }
                            default -> throw Planning.NOT_PLANNED;
                        }
                    }
                    shape.edges.add(edges);
                }
                case "pageInfo" -> shape.pageInfo.add(ConnectionShape.pageInfo(field));
                case "aggregate" -> {
                    if (aggregate == null) {
                        throw Planning.NOT_PLANNED;
                    }
                    shape.aggregates.add(new ConnectionShape.Part(field.getResultKey(), aggregate.apply(field)));
                }
                default -> throw Planning.NOT_PLANNED;
            }
        }
    }

    /** The arguments a connection reads itself: no filter of its rows. */
    private static final List<String> PAGING = List.of("first", "after", "last", "before", FieldRead.ORDER_BY);

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

            @Override
            public Object argument(String name) {
                return arguments.get(name);
            }
        };
        List<String> where = new ArrayList<>();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            String name = argument.getKey();
            if (argument.getValue() == null || PAGING.contains(name)) {
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
