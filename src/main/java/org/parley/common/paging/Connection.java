package org.parley.common.paging;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Fields every XConnection inherits. SmallRye reads them reflectively and registers only the concrete
 * subclasses for the native image, so the declaring class is registered here. Each connection names its own edge
 * type ({@code TalksEdge}, as Relay and most APIs do): SmallRye would name a generic {@code Edge<Talks>} `Edge_Talks`.
 */
@RegisterForReflection(methods = false)
public abstract class Connection<T, E extends Edge<T>> {

    private final BiFunction<String, T, E> edge;

    protected Connection(BiFunction<String, T, E> edge) {
        this.edge = edge;
    }

    @Description("Number of items matching the filters, across all pages.")
    public int totalCount;

    @NonNull
    @Description("Position of this page in the whole list.")
    public PageInfo pageInfo;

    @NonNull
    @Description("Items of this page, each with its cursor.")
    public List<@NonNull E> edges;

    @NonNull
    @Description("Items of this page, without cursors: a shortcut for `edges { node }`.")
    public List<@NonNull T> nodes;

    /** The edge of an item of this connection's page. */
    E edge(String cursor, T node) {
        return edge.apply(cursor, node);
    }
}
