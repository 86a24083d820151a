package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("TalksConnection")
@Description("A page of talks. Its `aggregate` groups by CONFLICT, PARTY (PARTY: the host).")
public class TalksConnection extends RecordConnection<Talks, TalksEdge> {

    public TalksConnection() {
        super(TalksEdge::new);
    }
}
