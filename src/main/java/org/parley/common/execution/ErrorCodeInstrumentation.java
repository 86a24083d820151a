package org.parley.common.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.parley.common.error.InvalidInputException;
import org.parley.common.value.PartialDate;
import org.parley.common.value.TextRules;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.SourceLocation;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Gives every GraphQL error a `code` extension a client can switch on, and a message without Java internals:
 * syntax errors are INVALID_SYNTAX, documents or variables that do not fit the schema are VALIDATION, documents
 * deeper or more complex than allowed are LIMIT_EXCEEDED, domain
 * exceptions carry their {@link ErrorCode}, anything else is INTERNAL with its details left in the server log.
 * <p>
 * Installed as a SmallRye {@link EventingService} (META-INF/services) rather than through CDI events: enabling
 * those makes SmallRye fire a CDI event around every field it resolves, which cost most of a nested query's time.
 */
@RegisterForReflection
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation implements EventingService {

    private static final Logger LOG = Logger.getLogger(ErrorCodeInstrumentation.class);

    private static final Pattern UNPARSED_SCALAR = Pattern.compile(
            "(?:(?<='PartialDate' - )Unable to parse literal: StringValue\\{value='(.*)'\\}|Unable to parse value: (.*))$", Pattern.DOTALL);
    private static final Pattern NOT_TEXT_SCALAR = Pattern.compile(
            "(?:SRGQL000013: Expected type \\[String or class extending class " + Pattern.quote(PartialDate.class.getName()) + "\\] but was \\[\\w+\\]\\.|"
                    + "(?<='PartialDate' - )Expected a String AST type object but was '\\w+'\\.)$");

    /** Most places one error names. */
    private static final int MAX_LOCATIONS = 10;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    /**
     * SmallRye offers no hook to add an instrumentation, only this one, on which setting one replaces its own
     * chain: rebuild that chain (depth limit) with Parley's request limits and this one in it. Queries run by
     * {@link PlannedExecution}, with the exception handler SmallRye gives graphql-java's default.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = Config.get();
        Documents documents = Arc.container().instance(Documents.class).get();
        List<Instrumentation> chain = new ArrayList<>();
        config.getQueryDepthInstrumentation().ifPresent(max -> chain.add(new MaxQueryDepthInstrumentation(max) {
            private final DocumentChecks checks = new DocumentChecks(documents);

            /** The depth is the document's: walked once per document (10 % of a round by id's CPU when walked each time). */
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                    InstrumentationState state) {
                return checks.once("depth", parameters.getExecutionContext(), c -> super.beginExecuteOperation(parameters, state));
            }
        }));
        // not the document cache (SmallRye's chain had it for its validation step): it serves graphql-java as the
        // preparsed-document provider, and an instrumentation extending SimpleInstrumentation costs a context per field
        chain.add(Arc.container().instance(RequestLimits.class).get());
        chain.add(this);
        // in trusted-documents mode, a document off the list is answered before it is parsed
        PreparsedDocumentProvider provider = Arc.container().instance(PersistedQueries.class).get().guarding(documents);
        return builder.preparsedDocumentProvider(provider).instrumentation(new ChainedInstrumentation(chain))
                .queryExecutionStrategy(new PlannedExecution(new ExceptionHandler()));
    }

    /**
     * An operation's SmallRye context stays on the thread that finished it, and SmallRye takes one it finds there for
     * the next request on that thread: it is cleared once the answer is made.
     */
    @Override
    public void afterExecute(Context context) {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
        GraphQLOverHttp.tagIfStillPending(); // an anonymous GET that read no data
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        GraphQLOverHttp.answerHasErrors();
        // the same error many times over (a directive repeated a thousand times) is reported once, at its first places
        Map<List<Object>, List<GraphQLError>> same = new LinkedHashMap<>();
        for (GraphQLError error : result.getErrors()) {
            GraphQLError coded = withCode(error);
            same.computeIfAbsent(Arrays.asList(coded.getMessage(), coded.getPath(), coded.getExtensions()),
                    k -> new ArrayList<>()).add(coded);
        }
        List<GraphQLError> errors = same.values().stream().map(ErrorCodeInstrumentation::once).toList();
        return CompletableFuture.completedFuture(result.transform(r -> r.errors(errors)));
    }

    /** One error standing for identical ones, with the first {@link #MAX_LOCATIONS} of their places. */
    private static GraphQLError once(List<GraphQLError> identical) {
        GraphQLError first = identical.get(0);
        if (identical.size() == 1) {
            return first;
        }
        List<SourceLocation> places = identical.stream().flatMap(e -> e.getLocations().stream()).limit(MAX_LOCATIONS).toList();
        return GraphqlErrorBuilder.newError().message(first.getMessage()).locations(places).path(first.getPath())
                .extensions(first.getExtensions()).errorType(first.getErrorType()).build();
    }

    static GraphQLError withCode(GraphQLError error) {
        String code;
        String message = error.getMessage();
        ErrorClassification errorType = error.getErrorType();
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = cause(fetching.getException(), t -> t.getClass().isAnnotationPresent(ErrorCode.class));
            ErrorCode annotated = cause == null ? null : cause.getClass().getAnnotation(ErrorCode.class);
            if (annotated != null) {
                code = annotated.value();
                message = cause.getMessage();
                if (cause instanceof InvalidInputException invalid && !invalid.fields().isEmpty()) {
                    extensions.put("fields", invalid.fields().stream()
                            .map(f -> Map.of("path", f.path(), "message", f.message())).toList());
                }
            } else if (cause(fetching.getException(), t -> t instanceof OptimisticLockException
                    || t instanceof StaleStateException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) != null) {
                code = "CONFLICT"; // another transaction wrote the same record at the same moment
                message = "Someone else changed this record at the same moment: read it again and retry.";
            } else if (cause(fetching.getException(), t -> t instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) != null) {
                code = "CONFLICT";
                message = "Another record already holds a value that must be unique (a source's url, a party's or "
                        + "conflict's name, a round's number within its talks, a party's delegation at a round, a party's "
                        + "role in a conflict): refer to that record by id, or change the value.";
            } else {
                code = "INTERNAL";
                message = "Internal error while resolving " + fetching.getPath() + "; it has been logged.";
                LOG.error(message, fetching.getException());
            }
        } else if (extensions.get("code") instanceof String given) {
            code = given; // set where the error was raised (UNAVAILABLE while stopping)
        } else {
            ErrorClassification type = error.getErrorType();
            if (type == ErrorType.InvalidSyntax) {
                code = "INVALID_SYNTAX";
            } else if (type == ErrorType.ExecutionAborted) {
                code = "LIMIT_EXCEEDED"; // over a limit of docs/deployment.md: depth, aliases, nodes, time
            } else if (type == ErrorType.ValidationError) {
                code = "VALIDATION";
                message = withoutJavaInternals(saysWhyADateIsRefused(message));
            } else {
                code = "BAD_REQUEST";
            }
        }
        extensions.put("code", code);
        if (error instanceof ExceptionWhileDataFetching && code.equals("VALIDATION")) {
            errorType = ErrorType.ValidationError; // a bad argument found while resolving is still the client's input
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(TextRules.bounded(message)).extensions(extensions);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        if (errorType != null) {
            builder.errorType(errorType);
        }
        return builder.build();
    }

    /**
     * SmallRye's coercion of a custom scalar says only "Unable to parse value: 2025-13", or names a Java class when
     * the value is not a string; PartialDate is Parley's one custom scalar, so its own reason replaces those.
     */
    static String saysWhyADateIsRefused(String message) {
        Matcher unparsed = UNPARSED_SCALAR.matcher(message);
        if (unparsed.find()) {
            String text = unparsed.group(1) != null ? unparsed.group(1) : unparsed.group(2);
            try {
                PartialDate.parse(text);
            } catch (InvalidInputException refused) {
                return message.substring(0, unparsed.start()) + refused.getMessage();
            }
            return message;
        }
        Matcher notText = NOT_TEXT_SCALAR.matcher(message);
        return notText.find() ? message.substring(0, notText.start()) + "a PartialDate is written as a string: "
                + "2025-07-23, 2025-W29, 2025-07 or 2025." : message;
    }

    /**
     * A validation message as the client wrote its input, not as Java holds it: graphql-java and SmallRye name a
     * value by its syntax node (`FloatValue{value=1.5}`) and a variable's wrong shape by a Java class (`[HashMap]`),
     * and append their own codes (`SRGQL000021: ...`), which say nothing the first part did not.
     */
    static String withoutJavaInternals(String message) {
        Matcher shape = JAVA_SHAPE.matcher(message);
        if (shape.find()) {
            message = message.substring(0, shape.start()) + "expected " + shape.group(1) + ", not " + kind(shape.group(2)) + ".";
        }
        message = SUFFIX_CODE.matcher(message).replaceFirst("");
        Matcher node = VALUE_NODE.matcher(message);
        StringBuilder written = new StringBuilder();
        while (node.find()) {
            String value = node.group(2);
            node.appendReplacement(written, Matcher.quoteReplacement(node.group(1).equals("StringValue") ? "\"" + value + "\"" : value));
        }
        node.appendTail(written);
        return written.toString();
    }

    private static final Pattern JAVA_SHAPE = Pattern.compile("SRGQL000013: Expected type \\[(\\w+)\\] but was \\[(\\w+)\\]\\.?");
    private static final Pattern SUFFIX_CODE = Pattern.compile(" - SRGQL\\d+: .*$", Pattern.DOTALL);
    private static final Pattern VALUE_NODE = Pattern.compile("(IntValue|FloatValue|BooleanValue|StringValue|EnumValue)\\{(?:value|name)='?([^'}]*)'?\\}");

    /** What a client sent, named by the Java class it was read into. */
    private static String kind(String javaClass) {
        if (javaClass.endsWith("Map")) {
            return "an object";
        }
        if (javaClass.endsWith("List") || javaClass.endsWith("Array")) {
            return "a list";
        }
        return switch (javaClass) {
            case "String" -> "a string";
            case "Boolean" -> "a boolean";
            case "Integer", "Long", "BigInteger", "BigDecimal", "Double", "Float" -> "a number";
            default -> "a value of another type";
        };
    }

    /** The first exception in the chain of {@code thrown} that passes the test, or null. */
    private static Throwable cause(Throwable thrown, Predicate<Throwable> test) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return t;
            }
        }
        return null;
    }
}
