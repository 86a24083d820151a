package org.parley.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("EventConnection")
@Description("A page of events. Its `aggregate` groups by CONFLICT, KIND, YEAR, MONTH.")
public class EventConnection extends RecordConnection<Event, EventEdge> {

    public EventConnection() {
        super(EventEdge::new);
    }
}
