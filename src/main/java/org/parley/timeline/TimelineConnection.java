package org.parley.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("TimelineConnection")
@Description("A page of a conflict's timeline, in date order.")
public class TimelineConnection extends Connection<TimelineEntry, TimelineEdge> {

    public TimelineConnection() {
        super(TimelineEdge::new);
    }
}
