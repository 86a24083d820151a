package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("StatementConnection")
@Description("A page of statements.")
public class StatementConnection extends Connection<Statement, StatementEdge> {

    public StatementConnection() {
        super(StatementEdge::new);
    }
}
