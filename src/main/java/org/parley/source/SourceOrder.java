package org.parley.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("SourceOrder")
@Description("A term of `sources(orderBy:)`.")
public enum SourceOrder implements SortKey.Ordering<SourceDocument> {
    @Description("By publication date (its first day when partial), earliest first.")
    PUBLISHED_ON_ASC(SortKey.ascending("publishedDate", x -> x.publishedDate, LocalDate.class)),
    @Description("By publication date (its first day when partial), latest first.")
    PUBLISHED_ON_DESC(SortKey.descending("publishedDate", x -> x.publishedDate, LocalDate.class)),
    @Description("By title, A to Z (in the database's collation).")
    TITLE_ASC(SortKey.ascending("title", x -> x.title, String.class)),
    @Description("By title, Z to A.")
    TITLE_DESC(SortKey.descending("title", x -> x.title, String.class)),
    @Description("By publisher, A to Z (in the database's collation).")
    PUBLISHER_ASC(SortKey.ascending("publisher", x -> x.publisher, String.class)),
    @Description("By publisher, Z to A.")
    PUBLISHER_DESC(SortKey.descending("publisher", x -> x.publisher, String.class));

    private final SortKey.Term<SourceDocument> term;

    SourceOrder(SortKey.Term<SourceDocument> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<SourceDocument> term() {
        return term;
    }
}
