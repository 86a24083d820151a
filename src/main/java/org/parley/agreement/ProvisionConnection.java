package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("ProvisionConnection")
@Description("A page of provisions. Its `aggregate` groups by AGREEMENT, STATUS, TOPIC, YEAR, MONTH (STATUS: as of `groupBy(asOf:)`; YEAR, MONTH: of the deadline).")
public class ProvisionConnection extends RecordConnection<Provision, ProvisionEdge> {

    public ProvisionConnection() {
        super(ProvisionEdge::new);
    }
}
