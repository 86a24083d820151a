package org.parley.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("AgreementPartyOrder")
@Description("A term of `agreementParties(orderBy:)`.")
public enum AgreementPartyOrder implements SortKey.Ordering<AgreementParty> {
    @Description("By capacity, A to Z by the value's name.")
    CAPACITY_ASC(SortKey.ascending("capacity", x -> x.capacity, Capacity.class)),
    @Description("By capacity, Z to A by the value's name.")
    CAPACITY_DESC(SortKey.descending("capacity", x -> x.capacity, Capacity.class));

    private final SortKey.Term<AgreementParty> term;

    AgreementPartyOrder(SortKey.Term<AgreementParty> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<AgreementParty> term() {
        return term;
    }
}
