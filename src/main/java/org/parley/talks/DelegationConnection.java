package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("DelegationConnection")
@Description("A page of delegations.")
public class DelegationConnection extends Connection<Delegation, DelegationEdge> {

    public DelegationConnection() {
        super(DelegationEdge::new);
    }
}
