package org.parley.common.execution;

import org.parley.common.read.PlannedCompletion;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;

/**
 * graphql-java's execution of queries, except that a root field the planner answered is completed from its rows at
 * once ({@link PlannedCompletion}) instead of field by field. Public for its unit test (PlannedCompletionTest); only
 * {@link ErrorCodeInstrumentation} installs it.
 */
public final class PlannedExecution extends AsyncExecutionStrategy {

    public PlannedExecution(DataFetcherExceptionHandler errors) {
        super(errors);
    }

    @Override
    protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
        Object value = parameters.getSource();
        if (parameters.getPath().getLevel() == 1 && PlannedCompletion.isPlanned(value)) {
            Object completed = PlannedCompletion.complete(context, parameters.getExecutionStepInfo().getType(), parameters.getField(), value);
            if (completed != PlannedCompletion.LEFT_TO_GRAPHQL_JAVA) {
                // a finished value, as a scalar's: graphql-java's data-loader dispatch then waits on none of its objects
                return new FieldValueInfo(FieldValueInfo.CompleteValueType.SCALAR, completed);
            }
        }
        return super.completeValue(context, parameters);
    }
}
