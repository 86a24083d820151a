package org.parley.source;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.common.Nodes;
import org.parley.common.Where;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;

@GraphQLApi
public class SourceGraphQLApi {

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Query("sources")
    @Description("Cited documents, newest first (undated ones last).")
    public @NonNull SourceConnection sources(
            @Description("Only documents whose publisher contains this text (case-insensitive).") String publisher,
            @Description("Only documents whose title, publisher, author or address contains this text (case-insensitive).") String textContains,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .contains("publisher", publisher)
                .contains("concat(coalesce(title, ''), ' ', coalesce(publisher, ''), ' ', coalesce(author, ''), ' ', url)",
                        textContains);
        return pager.page(SourceDocument.find(where.query("publishedDate desc nulls last, id"), where.params()),
                new PageRequest(first, after, last, before), SourceConnection::new);
    }

    @Query("source")
    @Description("One cited document by id. Null, with an error of code NOT_FOUND, when there is none.")
    public SourceDocument source(@NonNull @Id @Description("A Source id.") String id) {
        return nodes.get(SourceDocument.class, id);
    }
}
