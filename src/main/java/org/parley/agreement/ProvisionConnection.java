package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("ProvisionConnection")
@Description("A page of provisions.")
public class ProvisionConnection extends Connection<Provision, ProvisionEdge> {

    public ProvisionConnection() {
        super(ProvisionEdge::new);
    }
}
