package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("DelegationConnection")
@Description("A page of delegations. Its `aggregate` groups by ROUND, PARTY, PERSON, ROLE (PERSON: its head).")
public class DelegationConnection extends RecordConnection<Delegation, DelegationEdge> {

    public DelegationConnection() {
        super(DelegationEdge::new);
    }
}
