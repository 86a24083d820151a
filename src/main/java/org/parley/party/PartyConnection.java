package org.parley.party;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("PartyConnection")
@Description("A page of parties. Its `aggregate` groups by KIND.")
public class PartyConnection extends RecordConnection<Party, PartyEdge> {

    public PartyConnection() {
        super(PartyEdge::new);
    }
}
