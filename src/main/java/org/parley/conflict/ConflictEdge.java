package org.parley.conflict;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("ConflictEdge")
@Description("An item of a page of conflicts, with its cursor.")
public class ConflictEdge extends Edge<Conflict> {

    public ConflictEdge(String cursor, Conflict node) {
        super(cursor, node);
    }
}
