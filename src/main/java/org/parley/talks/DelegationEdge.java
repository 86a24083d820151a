package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("DelegationEdge")
@Description("An item of a page of delegations, with its cursor.")
public class DelegationEdge extends Edge<Delegation> {

    public DelegationEdge(String cursor, Delegation node) {
        super(cursor, node);
    }
}
