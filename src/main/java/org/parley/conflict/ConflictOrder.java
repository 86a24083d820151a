package org.parley.conflict;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("ConflictOrder")
@Description("A term of `conflicts(orderBy:)`.")
public enum ConflictOrder implements SortKey.Ordering<Conflict> {
    @Description("By start date (its first day when partial), earliest first.")
    START_DATE_ASC(SortKey.ascending("startedOn", x -> x.startedOn, LocalDate.class)),
    @Description("By start date (its first day when partial), latest first.")
    START_DATE_DESC(SortKey.descending("startedOn", x -> x.startedOn, LocalDate.class)),
    @Description("By name, A to Z (in the database's collation).")
    NAME_ASC(SortKey.ascending("name", x -> x.name, String.class)),
    @Description("By name, Z to A.")
    NAME_DESC(SortKey.descending("name", x -> x.name, String.class));

    private final SortKey.Term<Conflict> term;

    ConflictOrder(SortKey.Term<Conflict> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Conflict> term() {
        return term;
    }
}
