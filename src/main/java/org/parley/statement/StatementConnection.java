package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("StatementConnection")
@Description("A page of statements. Its `aggregate` groups by PARTY, PERSON, ROUND, YEAR, MONTH.")
public class StatementConnection extends RecordConnection<Statement, StatementEdge> {

    public StatementConnection() {
        super(StatementEdge::new);
    }
}
