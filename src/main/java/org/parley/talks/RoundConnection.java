package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("RoundConnection")
@Description("A page of rounds.")
public class RoundConnection extends Connection<Round, RoundEdge> {

    public RoundConnection() {
        super(RoundEdge::new);
    }
}
