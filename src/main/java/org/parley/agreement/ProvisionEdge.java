package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("ProvisionEdge")
@Description("An item of a page of provisions, with its cursor.")
public class ProvisionEdge extends Edge<Provision> {

    public ProvisionEdge(String cursor, Provision node) {
        super(cursor, node);
    }
}
