package org.parley.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("TimelineEdge")
@Description("An item of a page of a conflict's timeline, with its cursor.")
public class TimelineEdge extends Edge<TimelineEntry> {

    public TimelineEdge(String cursor, TimelineEntry node) {
        super(cursor, node);
    }
}
