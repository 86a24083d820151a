package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("PositionEdge")
@Description("An item of a page of positions, with its cursor.")
public class PositionEdge extends Edge<Position> {

    public PositionEdge(String cursor, Position node) {
        super(cursor, node);
    }
}
