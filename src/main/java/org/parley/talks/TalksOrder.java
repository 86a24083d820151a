package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("TalksOrder")
@Description("A term of `talks(orderBy:)`.")
public enum TalksOrder implements SortKey.Ordering<Talks> {
    @Description("By name, A to Z (in the database's collation).")
    NAME_ASC(SortKey.ascending("name", x -> x.name, String.class)),
    @Description("By name, Z to A.")
    NAME_DESC(SortKey.descending("name", x -> x.name, String.class)),
    @Description("By city, A to Z (in the database's collation).")
    CITY_ASC(SortKey.ascending("city", x -> x.city, String.class)),
    @Description("By city, Z to A.")
    CITY_DESC(SortKey.descending("city", x -> x.city, String.class));

    private final SortKey.Term<Talks> term;

    TalksOrder(SortKey.Term<Talks> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Talks> term() {
        return term;
    }
}
