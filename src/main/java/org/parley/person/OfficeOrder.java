package org.parley.person;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("OfficeOrder")
@Description("A term of `offices(orderBy:)`.")
public enum OfficeOrder implements SortKey.Ordering<Office> {
    @Description("By start date (`from`) (its first day when partial), earliest first.")
    FROM_ASC(SortKey.ascending("startedOn", x -> x.startedOn, LocalDate.class)),
    @Description("By start date (`from`) (its first day when partial), latest first.")
    FROM_DESC(SortKey.descending("startedOn", x -> x.startedOn, LocalDate.class)),
    @Description("By end date (`to`) (its first day when partial), earliest first.")
    TO_ASC(SortKey.ascending("endedOn", x -> x.endedOn, LocalDate.class)),
    @Description("By end date (`to`) (its first day when partial), latest first.")
    TO_DESC(SortKey.descending("endedOn", x -> x.endedOn, LocalDate.class)),
    @Description("By title, A to Z (in the database's collation).")
    TITLE_ASC(SortKey.ascending("title", x -> x.title, String.class)),
    @Description("By title, Z to A.")
    TITLE_DESC(SortKey.descending("title", x -> x.title, String.class));

    private final SortKey.Term<Office> term;

    OfficeOrder(SortKey.Term<Office> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Office> term() {
        return term;
    }
}
