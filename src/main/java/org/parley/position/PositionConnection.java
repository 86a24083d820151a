package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("PositionConnection")
@Description("A page of positions.")
public class PositionConnection extends Connection<Position, PositionEdge> {

    public PositionConnection() {
        super(PositionEdge::new);
    }
}
