package org.parley.party;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("PartyConnection")
@Description("A page of parties.")
public class PartyConnection extends Connection<Party, PartyEdge> {

    public PartyConnection() {
        super(PartyEdge::new);
    }
}
