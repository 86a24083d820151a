package org.parley.common.paging;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Fields every XConnection inherits. SmallRye reads them reflectively and registers only the concrete
 * subclasses for the native image, so the declaring class is registered here.
 */
@RegisterForReflection(methods = false)
public abstract class Connection<T> {

    @Description("Number of items matching the filters, across all pages.")
    public int totalCount;

    @NonNull
    @Description("Position of this page in the whole list.")
    public PageInfo pageInfo;

    @NonNull
    @Description("Items of this page, each with its cursor.")
    public List<@NonNull Edge<T>> edges;

    @NonNull
    @Description("Items of this page, without cursors: a shortcut for `edges { node }`.")
    public List<@NonNull T> nodes;
}
