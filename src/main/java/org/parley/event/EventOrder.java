package org.parley.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("EventOrder")
@Description("A term of `events(orderBy:)`.")
public enum EventOrder implements SortKey.Ordering<Event> {
    @Description("By date (its first day when partial), earliest first.")
    DATE_ASC(SortKey.ascending("occurredOn", x -> x.occurredOn, LocalDate.class)),
    @Description("By date (its first day when partial), latest first.")
    DATE_DESC(SortKey.descending("occurredOn", x -> x.occurredOn, LocalDate.class)),
    @Description("By kind, A to Z by the value's name.")
    KIND_ASC(SortKey.ascending("kind", x -> x.kind, EventKind.class)),
    @Description("By kind, Z to A by the value's name.")
    KIND_DESC(SortKey.descending("kind", x -> x.kind, EventKind.class)),
    @Description("By place, A to Z (in the database's collation).")
    PLACE_ASC(SortKey.ascending("place", x -> x.place, String.class)),
    @Description("By place, Z to A.")
    PLACE_DESC(SortKey.descending("place", x -> x.place, String.class));

    private final SortKey.Term<Event> term;

    EventOrder(SortKey.Term<Event> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Event> term() {
        return term;
    }
}
