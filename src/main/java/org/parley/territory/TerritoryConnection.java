package org.parley.territory;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("TerritoryConnection")
@Description("A page of territories.")
public class TerritoryConnection extends Connection<Territory, TerritoryEdge> {

    public TerritoryConnection() {
        super(TerritoryEdge::new);
    }
}
