package org.parley.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An item of a page, with its cursor: each connection's XEdge names it for its items. */
// SmallRye registers the XEdge subclasses, not this class whose fields it reads (native image)
@RegisterForReflection(methods = false)
public abstract class Edge<T> {

    @NonNull
    @Description("Opaque cursor of this item: pass it as `after` or `before` to page from here.")
    public String cursor;

    @NonNull
    @Description("The item.")
    public T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }
}
