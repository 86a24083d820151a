package org.parley.event;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.RootRead.Filter;
import org.parley.common.read.Rows;
import org.parley.common.read.TypeRead;
import org.parley.conflict.Conflict;
import org.parley.party.PartyReads;
import org.parley.source.SourceReads;

/** How Event's fields read as SQL, and a conflict's events (the read planner's model; the resolvers are EventGraphQLApi's and ConflictEvents'). */
@ApplicationScoped
public class EventReads implements Reads {

    /** Event.figures' collection table. */
    private static final String FIGURES = "event_figure";

    @Override
    public TypeRead type() {
        return TypeRead.of(Event.class).partialDate("date", "occurredOn", "datePrecision").toOne("conflict", "conflict")
                // the element collection Event.figures, in its order
                .values("figures", "Figure", (sql, f, unused, e, arguments) -> new Rows(FIGURES + " " + f, f + ".event_id = " + sql.ownerKey(e),
                        List.of(f + ".ordinal"), f + ".ordinal"), Map.of("quantity", BigDecimal.class, "unit", String.class, "qualifier", String.class));
    }

    @Override
    public List<TypeRead> more() {
        return List.of(TypeRead.of(Conflict.class).toMany("events", Event.class, "conflict", EventGraphQLApi.ORDER));
    }

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.byId("event", Event.class),
                RootRead.connection("events", Event.class, EventGraphQLApi.ORDER, EventGraphQLApi.DIMENSIONS).filter("conflict", Filter.id("conflict", Conflict.class))
                        .filter("kind", Filter.equal("kind")).filter("claimedBy", PartyReads.CLAIMED_BY)
                        .filter("from", Filter.from("occurredOn")).filter("to", Filter.to("occurredOn"))
                        // the description or the place, as the resolver's concat(description, ' ', coalesce(place, ''))
                        .filter("textContains", (value, rows) -> Filter.containing("concat(" + rows.column("description") + ", ' ', coalesce("
                                + rows.column("place") + ", ''))", (String) value, rows))
                        .filter("disputed", SourceReads.DISPUTED));
    }
}
