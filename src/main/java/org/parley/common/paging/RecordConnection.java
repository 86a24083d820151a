package org.parley.common.paging;

import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.aggregate.Aggregate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A connection of a root list of records read from the database: its pages, and counts of all its items ({@link Aggregate}). */
@RegisterForReflection(methods = false)
public abstract class RecordConnection<T, E extends Edge<T>> extends Connection<T, E> {

    protected RecordConnection(BiFunction<String, T, E> edge) {
        super(edge);
    }

    @NonNull
    @Description("Counts of the items matching the filters, across all pages: in all and grouped (`groupBy`), computed by the database.")
    public Aggregate aggregate;
}
