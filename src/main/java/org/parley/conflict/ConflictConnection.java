package org.parley.conflict;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("ConflictConnection")
@Description("A page of conflicts.")
public class ConflictConnection extends Connection<Conflict, ConflictEdge> {

    public ConflictConnection() {
        super(ConflictEdge::new);
    }
}
