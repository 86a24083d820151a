package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("TalksEdge")
@Description("An item of a page of talks, with its cursor.")
public class TalksEdge extends Edge<Talks> {

    public TalksEdge(String cursor, Talks node) {
        super(cursor, node);
    }
}
