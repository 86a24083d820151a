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
import org.parley.agreement.Provision;
import org.parley.common.value.PartialDate;
import org.parley.common.value.Topic;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;
import org.parley.talks.Round;
import org.parley.territory.Territory;

@Input("PositionInput")
@Description("A party's stated position to record: a demand, red line, proposal, precondition or rejection.")
public record PositionInput(
        @NonNull @NotNull @Id @Description("The party holding it (a Party id).") String party,
        @NonNull @NotNull @Description("What it is about.") Topic topic,
        @NonNull @NotNull @Description("Demand, red line, proposal, precondition or rejection.") PositionKind kind,
        @NonNull @NotBlank @Size(max = 4000) @Description("The position, as the sources give it.") String text,
        @NonNull @NotNull @Description("When it was stated.") PartialDate statedOn,
        @Id @Description("Who stated it (a Person id); null when not named.") String statedBy,
        @Id @Description("The round where it was stated (a Round id); null when not at a round.") String round,
        @DefaultValue("[]") @Id @Description("Territories it concerns (Territory ids).") List<@NonNull String> territories,
        @DefaultValue("[]") @Id @Description("Earlier positions of the same party that this one replaces (Position ids): they stay on record, "
                + "no longer in force. On update, positions left out of the list are in force again.")
        List<@NonNull String> supersedes,
        @Id @Description("The position of another party this one answers (a Position id): what a rejection rejects, "
                + "what a counter-proposal counters; null when it answers none.") String respondsTo,
        @Id @Description("The agreement provision the position is about (a Provision id): a rejection rejects it, a demand "
                + "asks that it be carried out; null when none.") String provision,
        @Valid @Description("For a PRECONDITION: what it conditions; null when the sources do not say.") ConditionInput conditions,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Position>, CitedInput {

    /** The input that would write the position as it is stored, given the positions it supersedes. */
    public static PositionInput of(Position position, List<Position> supersedes, Naming names) {
        return new PositionInput(names.of(position.party), position.topic, position.kind, position.text,
                position.getStatedOn(), names.of(position.statedBy), names.of(position.round), names.of(position.territories),
                names.of(supersedes), names.of(position.respondsTo), names.of(position.provision),
                ConditionInput.of(position, names), names.sourcesOf(position), null, names.citationsOf(position));
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
        writeLinks(position, fields);
        List<Position> older = fields.refs(Position.class, supersedes, "supersedes");
        for (int i = 0; i < older.size(); i++) {
            fields.check("supersedes[" + i + "]", PositionRules.supersedes(position, older.get(i)));
        }
        if (position.id != null) { // an update: what it no longer supersedes is in force again
            List<Long> kept = older.stream().map(p -> p.id).toList();
            Position.supersededByAnyOf(List.of(position.id)).stream().filter(p -> !kept.contains(p.id))
                    .forEach(p -> p.supersededBy(null));
        }
        older.forEach(p -> p.supersededBy(position));
    }

    /** What the position answers, the provision it is about and what it conditions. */
    private void writeLinks(Position position, Fields fields) {
        position.respondsTo = fields.ref(Position.class, respondsTo, "respondsTo");
        if (position.respondsTo != null) {
            fields.check("respondsTo", PositionRules.respondsTo(position, position.respondsTo));
        }
        position.provision = fields.ref(Provision.class, provision, "provision");
        ConditionInput.write(conditions, kind, position, fields);
    }
}
