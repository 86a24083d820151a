package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("ImplementationRecordConnection")
@Description("A page of implementation records. Its `aggregate` groups by AGREEMENT, STATUS, PARTY, YEAR, MONTH (PARTY: who alleged it).")
public class ImplementationRecordConnection extends RecordConnection<ImplementationRecord, ImplementationRecordEdge> {

    public ImplementationRecordConnection() {
        super(ImplementationRecordEdge::new);
    }
}
