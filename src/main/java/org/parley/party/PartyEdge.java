package org.parley.party;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("PartyEdge")
@Description("An item of a page of parties, with its cursor.")
public class PartyEdge extends Edge<Party> {

    public PartyEdge(String cursor, Party node) {
        super(cursor, node);
    }
}
