package org.parley.position;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;
import org.parley.common.value.Topic;

@Enum("PositionOrder")
@Description("A term of `positions(orderBy:)`.")
public enum PositionOrder implements SortKey.Ordering<Position> {
    @Description("By date stated (its first day when partial), earliest first.")
    STATED_ON_ASC(SortKey.ascending("statedDate", x -> x.statedDate, LocalDate.class)),
    @Description("By date stated (its first day when partial), latest first.")
    STATED_ON_DESC(SortKey.descending("statedDate", x -> x.statedDate, LocalDate.class)),
    @Description("By kind, A to Z by the value's name.")
    KIND_ASC(SortKey.ascending("kind", x -> x.kind, PositionKind.class)),
    @Description("By kind, Z to A by the value's name.")
    KIND_DESC(SortKey.descending("kind", x -> x.kind, PositionKind.class)),
    @Description("By topic, A to Z by the value's name.")
    TOPIC_ASC(SortKey.ascending("topic", x -> x.topic, Topic.class)),
    @Description("By topic, Z to A by the value's name.")
    TOPIC_DESC(SortKey.descending("topic", x -> x.topic, Topic.class));

    private final SortKey.Term<Position> term;

    PositionOrder(SortKey.Term<Position> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Position> term() {
        return term;
    }
}
