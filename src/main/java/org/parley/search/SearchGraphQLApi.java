package org.parley.search;

import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.graphql.SearchResult;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;

@GraphQLApi
public class SearchGraphQLApi {

    @Inject
    Search search;

    @Inject
    Pager pager;

    @Query("search")
    @Description("Records whose text contains every word of `text`, most relevant first (at most " + Search.MAX_HITS
            + "), each with a highlighted excerpt. A source is also found through the facts it backs.")
    public @NonNull SearchConnection search(
            @NonNull @Description("Words to look for, e.g. `Crimea` or `prisoner exchange`: 1 to 200 characters; "
                    + "punctuation separates words.") String text,
            @DefaultValue("[]") @Description("Only these kinds of records; empty: all of them.") List<@NonNull SearchType> types,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        List<SearchHit> hits = search.run(text, types == null || types.isEmpty() ? EnumSet.allOf(SearchType.class)
                : EnumSet.copyOf(types)); // null when a client sends `types: null`
        return pager.page(hits, new PageRequest(first, after, last, before), SearchConnection::new);
    }

    @Name("node")
    @Description("The record; select its fields with `... on Position { }` and the like.")
    public List<@NonNull SearchResult> node(@Source List<SearchHit> hits) {
        return search.records(hits);
    }
}
