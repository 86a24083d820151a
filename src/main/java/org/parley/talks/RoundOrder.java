package org.parley.talks;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("RoundOrder")
@Description("A term of `rounds(orderBy:)`.")
public enum RoundOrder implements SortKey.Ordering<Round> {
    @Description("By date (its first day when partial), earliest first.")
    DATE_ASC(SortKey.ascending("heldOn", x -> x.heldOn, LocalDate.class)),
    @Description("By date (its first day when partial), latest first.")
    DATE_DESC(SortKey.descending("heldOn", x -> x.heldOn, LocalDate.class)),
    @Description("By number, lowest first.")
    NUMBER_ASC(SortKey.ascending("number", x -> x.number, Integer.class)),
    @Description("By number, highest first.")
    NUMBER_DESC(SortKey.descending("number", x -> x.number, Integer.class)),
    @Description("By city, A to Z (in the database's collation).")
    CITY_ASC(SortKey.ascending("city", x -> x.city, String.class)),
    @Description("By city, Z to A.")
    CITY_DESC(SortKey.descending("city", x -> x.city, String.class)),
    @Description("By status, A to Z by the value's name.")
    STATUS_ASC(SortKey.ascending("status", x -> x.status, RoundStatus.class)),
    @Description("By status, Z to A by the value's name.")
    STATUS_DESC(SortKey.descending("status", x -> x.status, RoundStatus.class));

    private final SortKey.Term<Round> term;

    RoundOrder(SortKey.Term<Round> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Round> term() {
        return term;
    }
}
