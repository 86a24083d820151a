package org.parley.position;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.PartialDate;
import org.parley.source.CitedInput;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.editing.Naming;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.SourceInput;
import org.parley.talks.Round;
import org.parley.territory.Territory;

@Input("PositionInput")
@Description("A party's stated position to record: a demand, a red line or a proposal.")
public record PositionInput(
        @NonNull @NotNull @Id @Description("The party holding it (a Party id).") String party,
        @NonNull @NotNull @Description("What it is about.") Topic topic,
        @NonNull @NotNull @Description("Demand, red line or proposal.") PositionKind kind,
        @NonNull @NotBlank @Size(max = 4000) @Description("The position, as the sources give it.") String text,
        @NonNull @NotNull @Description("When it was stated.") PartialDate statedOn,
        @Id @Description("Who stated it (a Person id); null when not named.") String statedBy,
        @Id @Description("The round where it was stated (a Round id); null when not at a round.") String round,
        @DefaultValue("[]") @Id @Description("Territories it concerns (Territory ids).") List<@NonNull String> territories,
        @DefaultValue("[]") @Id @Description("Earlier positions of the same party that this one replaces (Position ids): they stay on record, "
                + "no longer in force. On update, positions left out of the list are in force again.")
        List<@NonNull String> supersedes,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources)
        implements EntityInput<Position>, CitedInput {

    /** The input that would write the position as it is stored, given the positions it supersedes. */
    public static PositionInput of(Position position, List<Position> supersedes, Naming names) {
        return new PositionInput(names.of(position.party), position.topic, position.kind, position.text,
                position.getStatedOn(), names.of(position.statedBy), names.of(position.round), names.of(position.territories),
                names.of(supersedes), names.sourcesOf(position), null);
    }

    @Override
    public void writeTo(Position position, Fields fields) {
        position.party = fields.ref(Party.class, party, "party");
        position.topic = topic;
        position.kind = kind;
        position.text = text;
        position.setStatedOn(fields.recentDate(statedOn, "statedOn"));
        position.statedBy = fields.ref(Person.class, statedBy, "statedBy");
        position.round = fields.ref(Round.class, round, "round");
        position.territories.clear();
        position.territories.addAll(fields.refs(Territory.class, territories, "territories"));
        List<Position> older = fields.refs(Position.class, supersedes, "supersedes");
        for (int i = 0; i < older.size(); i++) {
            Position earlier = older.get(i);
            if (earlier.id.equals(position.id) || !earlier.party.id.equals(position.party.id)
                    || earlier.statedDate.isAfter(position.statedDate)) {
                throw fields.invalid("supersedes[" + i + "]", "a position can only supersede an earlier one of the same party");
            }
            if (earlier.supersededBy != null && !earlier.supersededBy.id.equals(position.id)) {
                throw fields.invalid("supersedes[" + i + "]", "is already superseded by Position '"
                        + earlier.supersededBy.getNodeId() + "'");
            }
        }
        if (position.id != null) { // an update: what it no longer supersedes is in force again
            List<Long> kept = older.stream().map(p -> p.id).toList();
            Position.supersededByAnyOf(List.of(position.id)).stream().filter(p -> !kept.contains(p.id))
                    .forEach(p -> p.supersededBy = null);
        }
        older.forEach(p -> p.supersededBy = position);
    }
}
