package org.parley.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("OutcomeOrder")
@Description("A term of `outcomes(orderBy:)`.")
public enum OutcomeOrder implements SortKey.Ordering<Outcome> {
    @Description("By kind, A to Z by the value's name.")
    KIND_ASC(SortKey.ascending("kind", x -> x.kind, OutcomeKind.class)),
    @Description("By kind, Z to A by the value's name.")
    KIND_DESC(SortKey.descending("kind", x -> x.kind, OutcomeKind.class));

    private final SortKey.Term<Outcome> term;

    OutcomeOrder(SortKey.Term<Outcome> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Outcome> term() {
        return term;
    }
}
