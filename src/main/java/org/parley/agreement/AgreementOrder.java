package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("AgreementOrder")
@Description("A term of `agreements(orderBy:)`.")
public enum AgreementOrder implements SortKey.Ordering<Agreement> {
    @Description("By name, A to Z (in the database's collation).")
    NAME_ASC(SortKey.ascending("name", x -> x.name, String.class)),
    @Description("By name, Z to A.")
    NAME_DESC(SortKey.descending("name", x -> x.name, String.class)),
    @Description("By kind, A to Z by the value's name.")
    KIND_ASC(SortKey.ascending("kind", x -> x.kind, AgreementKind.class)),
    @Description("By kind, Z to A by the value's name.")
    KIND_DESC(SortKey.descending("kind", x -> x.kind, AgreementKind.class));

    private final SortKey.Term<Agreement> term;

    AgreementOrder(SortKey.Term<Agreement> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Agreement> term() {
        return term;
    }
}
