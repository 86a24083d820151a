package org.parley.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.common.graphql.GlobalId;

/** A hit as ranked; its record, `node`, is read for the page only ({@link SearchGraphQLApi#node}, or the read planner). */
@Type("SearchHit")
@Description("A record that matches a search.")
public class SearchHit {

    @NonNull
    @Description("The kind of record; `node` is of the matching type.")
    public SearchType type;

    @NonNull
    @Description("Relevance, higher first: PostgreSQL's full-text rank there, a count of weighted term matches on H2. "
            + "Comparable within one search only.")
    public double rank;

    @NonNull
    @Description("Up to about 200 characters of the matching text, HTML-escaped, each matched word wrapped in "
            + "`<mark>`...`</mark>`; for a source found through a fact it backs, that fact's text, after `Backs: `.")
    public String excerpt;

    /** The record's key in its type's table. */
    @Ignore
    final long key;

    SearchHit(SearchType type, long key, double rank, String excerpt) {
        this.type = type;
        this.key = key;
        this.rank = rank;
        this.excerpt = excerpt;
    }

    /** The record's global id, which orders hits of equal rank and kind. */
    String recordId() {
        return GlobalId.of(type.entity, key);
    }
}
