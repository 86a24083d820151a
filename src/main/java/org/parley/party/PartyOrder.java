package org.parley.party;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("PartyOrder")
@Description("A term of `parties(orderBy:)`.")
public enum PartyOrder implements SortKey.Ordering<Party> {
    @Description("By name, A to Z (in the database's collation).")
    NAME_ASC(SortKey.ascending("name", x -> x.name, String.class)),
    @Description("By name, Z to A.")
    NAME_DESC(SortKey.descending("name", x -> x.name, String.class)),
    @Description("By kind, A to Z by the value's name.")
    KIND_ASC(SortKey.ascending("kind", x -> x.kind, PartyKind.class)),
    @Description("By kind, Z to A by the value's name.")
    KIND_DESC(SortKey.descending("kind", x -> x.kind, PartyKind.class));

    private final SortKey.Term<Party> term;

    PartyOrder(SortKey.Term<Party> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Party> term() {
        return term;
    }
}
