package org.parley.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.SearchResult;

@Type("SearchHit")
@Description("A record that matches a search.")
public class SearchHit {

    @NonNull
    @Description("The kind of record; `node` is of the matching type.")
    public SearchType type;

    @NonNull
    @Description("The record; select its fields with `... on Position { }` and the like.")
    public SearchResult node;

    @NonNull
    @Description("Relevance, higher first: PostgreSQL's full-text rank there, a count of weighted term matches on H2. "
            + "Comparable within one search only.")
    public double rank;

    @NonNull
    @Description("Up to about 200 characters of the matching text, HTML-escaped, each matched word wrapped in "
            + "`<mark>`...`</mark>`; for a source found through a fact it backs, that fact's text, after `Backs: `.")
    public String excerpt;

    SearchHit(SearchType type, SearchResult node, double rank, String excerpt) {
        this.type = type;
        this.node = node;
        this.rank = rank;
        this.excerpt = excerpt;
    }
}
