package org.parley.territory;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("TerritoryOrder")
@Description("A term of `territories(orderBy:)`.")
public enum TerritoryOrder implements SortKey.Ordering<Territory> {
    @Description("By name, A to Z (in the database's collation).")
    NAME_ASC(SortKey.ascending("name", x -> x.name, String.class)),
    @Description("By name, Z to A.")
    NAME_DESC(SortKey.descending("name", x -> x.name, String.class)),
    @Description("By annexation date (its first day when partial), earliest first.")
    ANNEXATION_DATE_ASC(SortKey.ascending("annexedOn", x -> x.annexedOn, LocalDate.class)),
    @Description("By annexation date (its first day when partial), latest first.")
    ANNEXATION_DATE_DESC(SortKey.descending("annexedOn", x -> x.annexedOn, LocalDate.class));

    private final SortKey.Term<Territory> term;

    TerritoryOrder(SortKey.Term<Territory> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Territory> term() {
        return term;
    }
}
