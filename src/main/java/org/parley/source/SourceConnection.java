package org.parley.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("SourceConnection")
@Description("A page of sources.")
public class SourceConnection extends Connection<SourceDocument, SourceEdge> {

    public SourceConnection() {
        super(SourceEdge::new);
    }
}
