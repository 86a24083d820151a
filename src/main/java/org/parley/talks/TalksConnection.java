package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("TalksConnection")
@Description("A page of talks.")
public class TalksConnection extends Connection<Talks, TalksEdge> {

    public TalksConnection() {
        super(TalksEdge::new);
    }
}
