package org.parley.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("DelegationOrder")
@Description("A term of `delegations(orderBy:)`.")
public enum DelegationOrder implements SortKey.Ordering<Delegation> {
    @Description("By role, A to Z by the value's name.")
    ROLE_ASC(SortKey.ascending("role", x -> x.role, DelegationRole.class)),
    @Description("By role, Z to A by the value's name.")
    ROLE_DESC(SortKey.descending("role", x -> x.role, DelegationRole.class));

    private final SortKey.Term<Delegation> term;

    DelegationOrder(SortKey.Term<Delegation> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Delegation> term() {
        return term;
    }
}
