package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("ImplementationRecordEdge")
@Description("An item of a page of implementation records, with its cursor.")
public class ImplementationRecordEdge extends Edge<ImplementationRecord> {

    public ImplementationRecordEdge(String cursor, ImplementationRecord node) {
        super(cursor, node);
    }
}
