package org.parley.conflict;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("ConflictConnection")
@Description("A page of conflicts. Its `aggregate` groups by YEAR, MONTH (YEAR, MONTH: of its start).")
public class ConflictConnection extends RecordConnection<Conflict, ConflictEdge> {

    public ConflictConnection() {
        super(ConflictEdge::new);
    }
}
