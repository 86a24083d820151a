package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("RoundConnection")
@Description("A page of rounds. Its `aggregate` groups by TALKS, PARTY, STATUS, YEAR, MONTH (PARTY: the host).")
public class RoundConnection extends RecordConnection<Round, RoundEdge> {

    public RoundConnection() {
        super(RoundEdge::new);
    }
}
