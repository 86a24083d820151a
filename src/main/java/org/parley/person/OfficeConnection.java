package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("OfficeConnection")
@Description("A page of offices.")
public class OfficeConnection extends Connection<Office, OfficeEdge> {

    public OfficeConnection() {
        super(OfficeEdge::new);
    }
}
