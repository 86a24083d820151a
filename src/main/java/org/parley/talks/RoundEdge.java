package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("RoundEdge")
@Description("An item of a page of rounds, with its cursor.")
public class RoundEdge extends Edge<Round> {

    public RoundEdge(String cursor, Round node) {
        super(cursor, node);
    }
}
