package org.parley.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.paging.Connection;

@Type("SearchConnection")
@Description("A page of search hits, most relevant first.")
public class SearchConnection extends Connection<SearchHit, SearchEdge> {

    public SearchConnection() {
        super(SearchEdge::new);
    }
}
