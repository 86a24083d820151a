package org.parley.agreement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;
import org.parley.common.value.Topic;

@Enum("ProvisionOrder")
@Description("A term of `provisions(orderBy:)`.")
public enum ProvisionOrder implements SortKey.Ordering<Provision> {
    @Description("By number (as text: `10` before `2`), A to Z (in the database's collation).")
    NUMBER_ASC(SortKey.ascending("number", x -> x.number, String.class)),
    @Description("By number (as text: `10` before `2`), Z to A.")
    NUMBER_DESC(SortKey.descending("number", x -> x.number, String.class)),
    @Description("By topic, A to Z by the value's name.")
    TOPIC_ASC(SortKey.ascending("topic", x -> x.topic, Topic.class)),
    @Description("By topic, Z to A by the value's name.")
    TOPIC_DESC(SortKey.descending("topic", x -> x.topic, Topic.class)),
    @Description("By deadline (its first day when partial), earliest first.")
    DEADLINE_ASC(SortKey.ascending("dueOn", x -> x.dueOn, LocalDate.class)),
    @Description("By deadline (its first day when partial), latest first.")
    DEADLINE_DESC(SortKey.descending("dueOn", x -> x.dueOn, LocalDate.class));

    private final SortKey.Term<Provision> term;

    ProvisionOrder(SortKey.Term<Provision> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Provision> term() {
        return term;
    }
}
