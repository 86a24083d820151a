package org.parley.position;

import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.common.error.InvalidInputException;
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.Where;
import org.parley.common.value.PartialDate;
import org.parley.common.value.Topic;
import org.parley.party.Party;
import org.parley.source.Sources;

@Input("PositionFilter")
@Description("Which positions a list holds: each field given narrows it; absent fields leave it whole.")
public record PositionFilter(
        @Id @Description(PARTY) String party,
        @Description(TOPIC) Topic topic,
        @Description(KIND) PositionKind kind,
        @Description(IN_FORCE) Boolean inForce,
        @Description(FROM) PartialDate from,
        @Description(TO) PartialDate to,
        @Description(TEXT_CONTAINS) String textContains,
        @Description(PositionGraphQLApi.AS_OF) PartialDate asOf,
        @Description(Sources.DISPUTED_FILTER) Boolean disputed) {

    /** What each field narrows the list to, said of the field and of the deprecated argument of the same name. */
    static final String PARTY = "Only positions of this party (a Party id).";
    static final String TOPIC = "Only positions on this topic.";
    static final String KIND = "Only positions of this kind.";
    static final String IN_FORCE = "true: only positions still in force; false: only superseded ones; absent: both.";
    static final String FROM = "Only positions stated on or after this date (`2025-07-01`, `2025-07`, `2025`).";
    static final String TO = "Only positions stated on or before the end of this date (`2025-07` includes all of July).";
    static final String TEXT_CONTAINS = "Only positions whose text contains this (case-insensitive).";

    /**
     * The filter arguments `positions` took before 1.0.0, kept deprecated beside `filter` until the date of
     * {@link #INSTEAD}: each narrows the list as the filter's field of the same name.
     */
    static final List<String> DEPRECATED_ARGUMENTS = List.of("party", "topic", "kind", "inForce", "from", "to", "textContains", "asOf");

    /** Ends the deprecation reason of each of {@link #DEPRECATED_ARGUMENTS}, begun "Use `filter: {name". */
    static final String INSTEAD = ": ...}` instead; removed after 2027-06-30.";

    /**
     * This filter (or none) with the deprecated arguments put in: a field given both ways must have the same value
     * (the planner's rule too: PositionReads).
     */
    static PositionFilter with(PositionFilter filter, String party, Topic topic, PositionKind kind, Boolean inForce,
            PartialDate from, PartialDate to, String textContains, PartialDate asOf) {
        PositionFilter f = filter != null ? filter : new PositionFilter(null, null, null, null, null, null, null, null, null);
        return new PositionFilter(either("party", f.party, party), either("topic", f.topic, topic), either("kind", f.kind, kind),
                either("inForce", f.inForce, inForce), either("from", f.from, from), either("to", f.to, to),
                either("textContains", f.textContains, textContains), either("asOf", f.asOf, asOf), f.disputed);
    }

    private static <T> T either(String name, T inFilter, T argument) {
        if (inFilter != null && argument != null && !Objects.equals(inFilter, argument)) {
            throw twice(name);
        }
        return inFilter != null ? inFilter : argument;
    }

    static InvalidInputException twice(String name) {
        return new InvalidInputException("`" + name + "` is given twice with different values, in `filter` and as the "
                + "deprecated argument `" + name + "`: give it once, in `filter`.");
    }

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
