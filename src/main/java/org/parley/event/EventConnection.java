package org.parley.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("EventConnection")
@Description("A page of events.")
public class EventConnection extends Connection<Event, EventEdge> {

    public EventConnection() {
        super(EventEdge::new);
    }
}
