package org.parley.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("SourceEdge")
@Description("An item of a page of sources, with its cursor.")
public class SourceEdge extends Edge<SourceDocument> {

    public SourceEdge(String cursor, SourceDocument node) {
        super(cursor, node);
    }
}
