package org.parley.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Edge;

@Type("SearchEdge")
@Description("An item of a page of search hits, with its cursor.")
public class SearchEdge extends Edge<SearchHit> {

    public SearchEdge(String cursor, SearchHit node) {
        super(cursor, node);
    }
}
