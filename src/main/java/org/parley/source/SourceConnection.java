package org.parley.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.RecordConnection;

@Type("SourceConnection")
@Description("A page of sources. Its `aggregate` groups by PUBLISHER, YEAR, MONTH (YEAR, MONTH: of publication).")
public class SourceConnection extends RecordConnection<SourceDocument, SourceEdge> {

    public SourceConnection() {
        super(SourceEdge::new);
    }
}
