package org.parley.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("EventEdge")
@Description("An item of a page of events, with its cursor.")
public class EventEdge extends Edge<Event> {

    public EventEdge(String cursor, Event node) {
        super(cursor, node);
    }
}
