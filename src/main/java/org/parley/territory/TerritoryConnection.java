package org.parley.territory;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("TerritoryConnection")
@Description("A page of territories. Its `aggregate` groups by CONFLICT, PARTY, YEAR, MONTH (PARTY: the annexing party).")
public class TerritoryConnection extends RecordConnection<Territory, TerritoryEdge> {

    public TerritoryConnection() {
        super(TerritoryEdge::new);
    }
}
