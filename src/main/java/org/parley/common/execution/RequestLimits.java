package org.parley.common.execution;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.parley.common.Settings;
import org.parley.common.persistence.Database;
import org.parley.common.read.PlanCache;
import org.parley.common.read.PlannedRow;
import org.parley.common.read.PlannedTypes;
import org.parley.common.read.ReadPlanner;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.config.Config;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * The bounds of {@link Settings.Limits} on every request, inside graphql-java so that JSON, application/graphql, GET and
 * WebSocket requests meet the same ones: aliases and the node estimate ({@link NodeEstimate}) are checked before any
 * SQL runs; the time budget is checked before each resolver and, on PostgreSQL, given to the database as the query
 * timeout of each statement, so a statement running past it is cancelled.
 * <p>
 * It is also where each request's execution is set up: batched fields answer each occurrence's own arguments
 * ({@link BatchesByArguments}) through a lean hand-over ({@link BatchedFields}), and resolvers run in line on the
 * worker thread of an HTTP request.
 */
@Singleton
@Unremovable // looked up by ErrorCodeInstrumentation, which SmallRye creates outside CDI
public class RequestLimits extends SimplePerformantInstrumentation {

    /** Hibernate applies this session property to every query it creates afterwards, in milliseconds. */
    private static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";

    /** What a resolver gives once the request is over time or its client gone: no value, and no error to build. */
    private static final DataFetcherResult<Object> NOTHING = DataFetcherResult.newResult().data(null).build();

    /** A field under a planned root: its value is in its parent's row. */
    private static final DataFetcher<Object> PLANNED = environment -> ReadPlanner.valueOf(environment.getSource(), environment);

    /** Quarkus' resolvers run in line when this is true, else on a worker thread each. */
    private static final String RUN_BLOCKING = "runBlocking";

    private final Settings.Limits limits;
    private final NodeEstimate nodes;
    private final DocumentChecks checks;

    /** Whether statements get the time left as their query timeout (see {@link #statementsTimeOutIn}). */
    private final boolean statementTimeouts;

    private final Map<DataFetcher<?>, DataFetcher<?>> leanFetchers = new ConcurrentHashMap<>();
    private final BatchesByArguments batches = new BatchesByArguments();

    static final int WATCH_MILLIS = 100;

    /** HTTP requests running, looked at by {@link #watch()}. */
    private final Set<Budget> watched = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-request-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** Operations begun and not yet answered. */
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;

    private final ReadPlanner planner;
    private final RootFieldTimers timers;
    private final DeprecatedUsage deprecatedUsage;

    @Inject
    public RequestLimits(Settings settings, Database database, ReadPlanner planner, PlanCache kept,
            @ConfigProperty(name = "quarkus.smallrye-graphql.metrics.enabled", defaultValue = "false") boolean metrics) {
        this.limits = settings.limits();
        this.planner = planner;
        this.timers = new RootFieldTimers(metrics);
        this.deprecatedUsage = new DeprecatedUsage(metrics);
        Settings.Paging paging = settings.paging();
        this.statementTimeouts = database.takesStatementTimeouts(); // else the watcher cancels one past the budget
        watcher.scheduleWithFixedDelay(this::watch, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        this.nodes = new NodeEstimate(paging.defaultSize(), paging.maxSize());
        this.checks = new DocumentChecks(kept);
    }

    /** When the request must end, and who asked for it. */
    static final class Budget implements InstrumentationState {
        final long deadline;
        final HttpServerResponse client;
        volatile boolean exceeded;
        /** False for a subscription: it lives as long as its client, its events are not timed against its start. */
        volatile boolean timed = true;
        /** The request's Hibernate session once a resolver has run: what a cancellation stops. */
        volatile Session session;
        /** A planned read's statement while it runs: what a cancellation stops. */
        volatile java.sql.Statement statement;
        /** An anonymous GET's ETag, until the data version read before its first read of data gives it (GraphQLOverHttp). */
        volatile java.util.function.LongConsumer tag;
        volatile boolean over;
        /** An HTTP request's (not a WebSocket operation's), looked at by the watcher. */
        boolean watched;

        Budget(Duration time, HttpServerResponse client) {
            this.deadline = System.nanoTime() + time.toNanos();
            this.client = client;
        }

        /** The client hung up: nobody will read the answer, and its request scope (the session) is closing. */
        boolean clientGone() {
            return client != null && client.closed();
        }

        long remainingMillis() {
            return (deadline - System.nanoTime()) / 1_000_000;
        }

        /**
         * Stops the statement running for this request, from any thread: its client has gone, or its time is up. The
         * resolvers after it do nothing ({@link #instrumentDataFetcher}).
         */
        void cancel() {
            java.sql.Statement planned = statement;
            if (!over && planned != null) {
                try {
                    planned.cancel();
                } catch (java.sql.SQLException | RuntimeException e) {
                    // it ended meanwhile
                }
            }
            Session running = session;
            if (!over && running != null) {
                try {
                    running.cancelQuery();
                } catch (RuntimeException e) {
                    // the statement ended meanwhile: nothing left to stop
                }
            }
        }
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        RoutingContext http = request();
        HttpServerResponse client = http == null ? null : http.response();
        running.incrementAndGet();
        Budget budget = new Budget(limits.maxRequestTime(), client);
        budget.tag = GraphQLOverHttp.pendingTag(http);
        return CompletableFuture.completedFuture(stopsWithItsClient(http, budget));
    }

    /**
     * An HTTP request's work stops when its client hangs up or its time is up: the statement it runs is cancelled
     * then, not left to finish for nobody (on H2 too, where statements get no timeout). A watcher looks at the running
     * requests every {@value #WATCH_MILLIS} ms rather than a handler on each response, which would take the place of
     * the handler that ends the request's scope. A WebSocket's operations share their socket's request, which outlives
     * each of them: those are stopped between resolvers only.
     */
    private Budget stopsWithItsClient(RoutingContext http, Budget budget) {
        if (http != null && !http.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            budget.watched = true;
            watched.add(budget);
        }
        return budget;
    }

    private void watch() {
        for (Budget budget : watched) {
            if (budget.clientGone() || budget.timed && budget.remainingMillis() < 0) {
                budget.exceeded |= !budget.clientGone();
                budget.cancel();
                watched.remove(budget);
            }
        }
    }

    /** Batched fields' loaders made per request only when asked ({@link BatchesByArguments#takeOver}). */
    void takeOverBatches(@Observes StartupEvent event, Schema schema) {
        batches.takeOver(schema);
    }

    /**
     * Once shutdown has begun, refuses new operations (UNAVAILABLE: not carried out, to be sent again) and holds
     * shutdown until those still running have ended, at most the request time budget and a second, so that the
     * database stays open under them. Quarkus keeps accepting requests on open connections while it stops, and
     * counts only those already running when it begins: one that arrives later would otherwise run against a
     * closed database (seen with HTTP/2 clients that ignore GOAWAY).
     */
    void drain(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        watcher.shutdown();
        long deadline = System.nanoTime() + limits.maxRequestTime().plusSeconds(1).toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** The HTTP request (or WebSocket upgrade) being started, or null outside one. */
    private static RoutingContext request() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
    }

    /**
     * SmallRye 2.17 takes the field visibility `default` (Quarkus' default, PARLEY_INTROSPECTION=true) for a pattern of
     * fields to block (Bootstrap.getGraphqlFieldVisibility): every field of every request was looked up through a
     * regular expression that blocks nothing (3 % of the positions page's CPU). That schema gets graphql-java's
     * default visibility; `no-introspection` is left as it is.
     */
    private static GraphQLSchema unblocked(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        boolean misread = registry.getFieldVisibility() instanceof BlockedFields && Config.FIELD_VISIBILITY_DEFAULT.equals(
                ConfigProvider.getConfig().getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class)
                        .orElse(Config.FIELD_VISIBILITY_DEFAULT));
        return !misread ? schema : schema.transformWithoutTypes(builder -> builder.codeRegistry(
                registry.transform(code -> code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))));
    }

    /**
     * The schema SmallRye built, and the same with its type resolvers knowing planned rows ({@link PlannedTypes}) and
     * its deprecations introspected ({@link IntrospectedDeprecations}).
     */
    private record PlannedSchema(GraphQLSchema built, GraphQLSchema resolving) {
    }

    private volatile PlannedSchema plannedSchema;

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        PlannedSchema known = plannedSchema;
        if (known == null || known.built() != schema) { // SmallRye builds its schema once; a test application its own
            known = new PlannedSchema(schema, PlannedTypes.resolving(IntrospectedDeprecations.of(unblocked(schema))));
            plannedSchema = known;
        }
        return known.resolving();
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return input.transform(builder -> builder.dataLoaderRegistry(batches.lazily(input.getDataLoaderRegistry())));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        long aliases = checks.<Long>once("aliases", context, c -> aliases(c.getOperationDefinition())
                + c.getFragmentsByName().values().stream().mapToLong(RequestLimits::aliases).sum());
        if (aliases > limits.maxAliases()) {
            throw new AbortExecutionException("The document uses " + aliases + " aliases; at most " + limits.maxAliases()
                    + " are allowed (PARLEY_MAX_ALIASES).");
        }
        if (stopping) { // counted as running before this check: drain() either waits for it or it is refused here
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.ExecutionAborted)
                    .message("The server is stopping: this operation was not carried out. Send it again.")
                    .extensions(Map.of("code", "UNAVAILABLE")).build()));
        }
        ArgumentValues.check(context, checks);
        deprecatedUsage.count(context, checks);
        Budget budget = (Budget) state;
        budget.timed = context.getOperationDefinition().getOperation() != Operation.SUBSCRIPTION;
        int estimate = checks.once("nodes", context, c -> QueryComplexityCalculator.newCalculator().fieldComplexityCalculator(nodes)
                .schema(c.getGraphQLSchema()).document(c.getDocument()).operationName(c.getOperationDefinition().getName())
                .variables(c.getCoercedVariables()).build().calculate());
        if (estimate > limits.maxNodes()) {
            throw new AbortExecutionException("The query could return up to " + estimate + " objects; at most "
                    + limits.maxNodes() + " are allowed (PARLEY_MAX_NODES). Each list counts its `first` (or `last`, "
                    + nodes.defaultSize() + " when absent) times the lists above it: ask for smaller pages.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static long aliases(Node<?> node) {
        long count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += aliases(child);
        }
        return count;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // introspection (`__typename`) reads the type, not the source; under a planned root, every other field's
        // value is already in the answer: nothing to time or to budget
        if (parameters.getEnvironment().getSource() instanceof PlannedRow
                && !parameters.getExecutionStepInfo().getFieldDefinition().getName().startsWith("__")) {
            return PLANNED;
        }
        return parameters.isTrivialDataFetcher() || !(state instanceof Budget budget) ? fetcher
                : timers.timed(budgeted(fetcher, parameters, budget), parameters);
    }

    private DataFetcher<?> budgeted(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, Budget budget) {
        // one fetcher per field of the schema: its lean form is made once
        DataFetcher<?> lean = leanFetchers.computeIfAbsent(fetcher, f -> BatchedFields.lean(f,
                parameters.getExecutionStepInfo().getFieldDefinition(), parameters.getExecutionStepInfo().getObjectType()));
        return environment -> {
            // HTTP requests run on a worker thread (a blocking route) and resolve there, in line; WebSocket messages
            // and the events of a subscription may come on the event loop, where each resolver goes to a worker
            boolean onEventLoop = io.vertx.core.Context.isOnEventLoopThread();
            environment.getGraphQlContext().put(RUN_BLOCKING, !onEventLoop);
            if (budget.exceeded || budget.clientGone()) {
                return NOTHING; // the answer is replaced whole: no error per field (each would cost an exception)
            }
            if (budget.timed) {
                long remaining = budget.remainingMillis();
                if (remaining <= 0) {
                    budget.exceeded = true;
                    return NOTHING;
                }
            }
            // a planned read runs its statement here, or on a worker when on the event loop (as a resolver would)
            ReadPlanner.Ready planned = planner.ready(environment);
            java.util.function.LongConsumer tag = budget.tag; // the first read of data gives it
            if (tag != null) {
                budget.tag = null;
            }
            if (planned != null) {
                java.util.concurrent.Callable<Object> run = () -> planned.run(statement -> budget.statement = statement, statementTimeout(budget),
                        tag);
                return onEventLoop ? io.vertx.core.Vertx.currentContext().executeBlocking(run, false).toCompletionStage().toCompletableFuture()
                        : run.call();
            }
            GraphQLOverHttp.tagNow(tag);
            if (budget.timed && statementTimeouts) {
                statementsTimeOutIn(budget.remainingMillis());
            }
            if (budget.watched && budget.session == null) { // on the request's worker thread
                budget.session = session();
            }
            // a resolver leaves SmallRye's context on its thread: a subscription event's, on the thread that delivers
            // events, would keep its socket's whole request alive after the socket closed
            SmallRyeContext outer = SmallRyeContextManager.getCurrentSmallRyeContext();
            Object value;
            try {
                value = lean.get(environment);
            } finally {
                SmallRyeContextManager.restore(outer);
            }
            return reRead(environment, value, budget);
        };
    }

    /**
     * A mutation's written record read again through the planner, as a query reads it (on a worker: a resolver on the
     * event loop answers a stage, completed there), and so each record a subscription's feed hands over (on the thread
     * that delivers events, which may block) and the records of a page ranked in Java (search's hits); any other value
     * as it is.
     */
    private Object reRead(graphql.schema.DataFetchingEnvironment environment, Object value, Budget budget) throws Exception {
        if (environment.getOperationDefinition().getOperation() == Operation.SUBSCRIPTION
                && value instanceof org.reactivestreams.Publisher<?> events) {
            java.util.function.Function<Object, ReadPlanner.Ready> reading = planner.events(environment);
            return reading == null ? value : mutiny.zero.flow.adapters.AdaptersToReactiveStreams.publisher(io.smallrye.mutiny.Multi
                    .createFrom().publisher(mutiny.zero.flow.adapters.AdaptersToFlow.publisher(events))
                    .map(event -> readAgain(reading, event, budget)));
        }
        java.util.function.Function<Object, ReadPlanner.Ready> reading = switch (environment.getOperationDefinition().getOperation()) {
            case MUTATION -> written -> planner.payload(environment, written);
            case QUERY -> planner.ranked(environment);
            default -> null;
        };
        if (reading == null) {
            return value;
        }
        if (value instanceof java.util.concurrent.CompletionStage<?> stage) {
            io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
            return stage.toCompletableFuture().thenCompose(resolved -> {
                ReadPlanner.Ready planned = planned(reading, resolved);
                return planned == null || context == null ? CompletableFuture.completedFuture(resolved)
                        : context.executeBlocking(() -> answer(planned, resolved, budget), false).toCompletionStage().toCompletableFuture();
            });
        }
        return readAgain(reading, value, budget);
    }

    /** What a resolver answered (SmallRye's result holding the record) with the record as {@code reading} reads it, or as it is. */
    private Object readAgain(java.util.function.Function<Object, ReadPlanner.Ready> reading, Object resolved, Budget budget) {
        ReadPlanner.Ready planned = planned(reading, resolved);
        return planned == null ? resolved : answer(planned, resolved, budget);
    }

    /** The planner's read of the record a resolver answered (SmallRye's result holding it, without errors), or null. */
    private static ReadPlanner.Ready planned(java.util.function.Function<Object, ReadPlanner.Ready> reading, Object resolved) {
        return resolved instanceof graphql.execution.DataFetcherResult<?> result && !result.hasErrors()
                ? reading.apply(result.getData()) : null;
    }

    /** The resolver's result with the record replaced by the planner's read of it. */
    private Object answer(ReadPlanner.Ready planned, Object written, Budget budget) {
        Object read = planned.run(statement -> budget.statement = statement, statementTimeout(budget));
        @SuppressWarnings("unchecked")
        graphql.execution.DataFetcherResult<Object> result = (graphql.execution.DataFetcherResult<Object>) written;
        return result.transform(builder -> builder.data(read));
    }

    /** The seconds a planned statement may run (0: no bound), what the request's budget leaves. */
    private int statementTimeout(Budget budget) {
        return budget.timed && statementTimeouts ? (int) Math.min(Integer.MAX_VALUE, (budget.remainingMillis() + 999) / 1000) : 0;
    }

    /** The request's own Hibernate session (not Quarkus' proxy, which finds it on the calling thread), or null. */
    private static Session session() {
        Session proxy = requestSession();
        return proxy == null ? null : proxy.unwrap(SessionImplementor.class); // the watcher calls it from its own thread
    }

    /** JDBC counts query timeouts in whole seconds: round up, so a statement never gets less than what is left. */
    private static void statementsTimeOutIn(long millis) {
        Session session = requestSession();
        if (session != null) {
            session.setProperty(QUERY_TIMEOUT, (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000 * 1000));
        }
    }

    /** Quarkus' proxy for the request's Hibernate session, or null outside a request. */
    private static Session requestSession() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        InstanceHandle<Session> session = Arc.container().instance(Session.class); // normal-scoped: nothing to release
        return session.isAvailable() ? session.get() : null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        running.decrementAndGet();
        if (state instanceof Budget budget) {
            budget.over = true;
            watched.remove(budget);
            if (budget.clientGone()) {
                // nobody reads this answer; what failed once the client's scope closed is no fault to log
                return alone("The client closed the connection before the answer.");
            }
            if (budget.timed && (budget.exceeded || budget.remainingMillis() < 0 && !result.getErrors().isEmpty())) {
                return alone("The request ran longer than the " + limits.maxRequestTime().toMillis()
                        + " ms allowed (PARLEY_MAX_REQUEST_TIME) and was stopped: ask for less, or smaller pages.");
            }
        }
        return CompletableFuture.completedFuture(result);
    }

    /** An answer of one error, without data: what was resolved before it is dropped. */
    private static CompletableFuture<ExecutionResult> alone(String message) {
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder
                .newError().message(message).errorType(graphql.ErrorType.ExecutionAborted).build()).build());
    }
}
