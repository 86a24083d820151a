package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("OfficeConnection")
@Description("A page of offices. Its `aggregate` groups by PERSON, PARTY, YEAR, MONTH (YEAR, MONTH: of its start).")
public class OfficeConnection extends RecordConnection<Office, OfficeEdge> {

    public OfficeConnection() {
        super(OfficeEdge::new);
    }
}
