package org.parley.territory;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("TerritoryEdge")
@Description("An item of a page of territories, with its cursor.")
public class TerritoryEdge extends Edge<Territory> {

    public TerritoryEdge(String cursor, Territory node) {
        super(cursor, node);
    }
}
