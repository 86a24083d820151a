package org.parley.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.common.aggregate.Dimension;
import org.parley.common.aggregate.Dimensions;
import org.parley.common.graphql.GlobalId;
import org.parley.common.node.Nodes;
import org.parley.common.paging.PageRequest;
import org.parley.common.paging.Pager;
import org.parley.common.paging.SortKey;
import org.parley.common.persistence.Batch;
import org.parley.common.persistence.Where;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.editing.Editing;
import org.parley.party.Party;
import org.parley.source.Sources;

@GraphQLApi
public class EventGraphQLApi {

    /** The order of the root list, and its cursors' keys. */
    static final SortKey<Event> ORDER = SortKey.<Event>by("occurredOn", e -> e.occurredOn, LocalDate.class).thenId(e -> e.id)
            .orderedBy(EventOrder.class);

    /** What `events(...) { aggregate { groupBy } }` groups by (the connection's description lists them). */
    static final Dimensions DIMENSIONS = Dimensions.of("events", Event.class).record(Dimension.CONFLICT, "conflict", Conflict.class).value(Dimension.KIND, "kind").yearAndMonth("occurredOn", "datePrecision");

    @Inject
    Editing editing;

    @Inject
    Pager pager;

    @Inject
    Nodes nodes;

    @Query("events")
    @Description("Events around the talks, oldest first.")
    public @NonNull EventConnection events(
            @Id @Description("Only events of this conflict (a Conflict id).") String conflict,
            @Description("Only events of this kind.") EventKind kind,
            @Id @Description("Only events whose claim by this party a cited source reports (`claimedBy`; a Party id).") String claimedBy,
            @Description("Only events dated on or after this date (`2025-07-01`, `2025-07`, `2025`).") PartialDate from,
            @Description("Only events dated on or before the end of this date (`2025-07` includes all of July).") PartialDate to,
            @Description("Only events whose description or place contains this text (case-insensitive).") String textContains,
            @Description(Sources.DISPUTED_FILTER) Boolean disputed,
            @DefaultValue("[]") @Description(SortKey.ORDER_BY) List<@NonNull EventOrder> orderBy,
            @Description(PageRequest.FIRST) Integer first, @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last, @Description(PageRequest.BEFORE) String before) {
        Where where = new Where()
                .and("conflict.id = :conflict", "conflict", conflict == null ? null : GlobalId.keyOf(conflict, Conflict.class))
                .and("kind = :kind", "kind", kind)
                .and("occurredOn >= :occurredOnFrom", "occurredOnFrom", from == null ? null : from.start())
                .and("occurredOn <= :occurredOnTo", "occurredOnTo", to == null ? null : to.end())
                .contains("concat(description, ' ', coalesce(place, ''))", "text", textContains);
        Sources.claimedBy(where, Event.class, claimedBy == null ? null : GlobalId.keyOf(claimedBy, Party.class));
        return pager.page((query, parameters) -> Event.find(query, parameters), Sources.disputed(where, Event.class, disputed), ORDER.chosen(orderBy),
                new PageRequest(first, after, last, before), EventConnection::new, DIMENSIONS);
    }

    @Query("event")
    @Description("One event by id." + Nodes.LOOKUP)
    public Event event(@NonNull @Id @Description("An Event id.") String id) {
        return nodes.find(Event.class, id);
    }

    @Description("The conflict the event belongs to.")
    public List<@NonNull Conflict> conflict(@Source List<Event> events) {
        return Batch.toOne(events, e -> e.conflict, Conflict::byIds);
    }

    @Description("Numbers the sources give, e.g. 71 drones; empty when none.")
    public List<@NonNull List<@NonNull Figure>> figures(@Source List<Event> events,
            @Description(Pager.NESTED_FIRST) Integer first) {
        return pager.nested(Batch.toManyPairs(events, Event.figuresOf(Batch.ids(events))), first);
    }

    @Mutation("createEvent")
    @Description("Records an event related to the talks." + Editing.CREATE)
    @Transactional
    public @NonNull Event createEvent(@NonNull @Description("The new record.") EventInput input) {
        return editing.create(new Event(), input);
    }

    @Mutation("updateEvent")
    @Description("Rewrites an event, its figures included." + Editing.UPDATE)
    @Transactional
    public @NonNull Event updateEvent(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version, @NonNull @Description(Editing.INPUT) EventInput input) {
        return editing.update(Event.class, id, version, input);
    }

    @Mutation("deleteEvent")
    @Description("Deletes an event." + Editing.DELETE)
    @Transactional
    public @NonNull @Id String deleteEvent(@NonNull @Id @Description(Editing.ID) String id,
            @NonNull @Description(Editing.VERSION) int version) {
        return editing.delete(Event.class, id, version);
    }
}
