package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("StatementEdge")
@Description("An item of a page of statements, with its cursor.")
public class StatementEdge extends Edge<Statement> {

    public StatementEdge(String cursor, Statement node) {
        super(cursor, node);
    }
}
