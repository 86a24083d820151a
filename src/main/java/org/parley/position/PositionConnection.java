package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("PositionConnection")
@Description("A page of positions. Its `aggregate` groups by PARTY, PERSON, ROUND, KIND, TOPIC, YEAR, MONTH (PERSON: who stated it).")
public class PositionConnection extends RecordConnection<Position, PositionEdge> {

    public PositionConnection() {
        super(PositionEdge::new);
    }
}
