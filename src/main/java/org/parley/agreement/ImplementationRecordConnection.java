package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("ImplementationRecordConnection")
@Description("A page of implementation records.")
public class ImplementationRecordConnection extends Connection<ImplementationRecord, ImplementationRecordEdge> {

    public ImplementationRecordConnection() {
        super(ImplementationRecordEdge::new);
    }
}
