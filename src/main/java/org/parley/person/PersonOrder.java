package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("PersonOrder")
@Description("A term of `people(orderBy:)`.")
public enum PersonOrder implements SortKey.Ordering<Person> {
    @Description("By name, A to Z (in the database's collation).")
    NAME_ASC(SortKey.ascending("name", x -> x.name, String.class)),
    @Description("By name, Z to A.")
    NAME_DESC(SortKey.descending("name", x -> x.name, String.class));

    private final SortKey.Term<Person> term;

    PersonOrder(SortKey.Term<Person> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Person> term() {
        return term;
    }
}
