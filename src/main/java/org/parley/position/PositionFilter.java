package org.parley.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.common.GlobalId;
import org.parley.common.PartialDate;
import org.parley.common.Topic;
import org.parley.common.Where;
import org.parley.source.Sources;
import org.parley.party.Party;

@Input("PositionFilter")
@Description("Which positions a list holds: each field given narrows it; absent fields leave it whole.")
public record PositionFilter(
        @Id @Description("Only positions of this party (a Party id).") String party,
        @Description("Only positions on this topic.") Topic topic,
        @Description("Only positions of this kind.") PositionKind kind,
        @Description("true: only positions still in force; false: only superseded ones; absent: both.") Boolean inForce,
        @Description("Only positions stated on or after this date (`2025-07-01`, `2025-07`, `2025`).") PartialDate from,
        @Description("Only positions stated on or before the end of this date (`2025-07` includes all of July).") PartialDate to,
        @Description("Only positions whose text contains this (case-insensitive).") String textContains,
        @Description(PositionGraphQLApi.AS_OF) PartialDate asOf,
        @Description(Sources.DISPUTED_FILTER) Boolean disputed) {

    /** The filter as conditions on Position, the entity implied. */
    Where where() {
        Where where = new Where()
                .and("party.id = :party", "party", party == null ? null : GlobalId.keyOf(party, Party.class))
                .and("topic = :topic", "topic", topic)
                .and("kind = :kind", "kind", kind)
                .andIf(Boolean.TRUE.equals(inForce), "supersededBy is null")
                .andIf(Boolean.FALSE.equals(inForce), "supersededBy is not null")
                .and("statedDate >= :statedFrom", "statedFrom", from == null ? null : from.start())
                .and("statedDate <= :statedTo", "statedTo", to == null ? null : to.end())
                .contains("text", "text", textContains)
                .and(Position.STANDING_ON_AS_OF, "asOf", PartialDate.endOf(asOf));
        return Sources.disputed(where, Position.class, disputed);
    }
}
