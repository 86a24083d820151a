package org.parley.conflict;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.value.DateRules;
import org.parley.common.value.PartialDate;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.party.Party;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;

@Input("ParticipantInput")
@Description("A party's part in a conflict, to record.")
public record ParticipantInput(
        @NonNull @NotNull @Id @Description("The conflict (a Conflict id).") String conflict,
        @NonNull @NotNull @Id @Description("The party (a Party id).") String party,
        @NonNull @NotNull @Description("The part the party plays.") ConflictRole role,
        @Size(max = 4000) @Description("What the sources say of that part.") String description,
        @Description("When the party took up this part; null when unknown.") PartialDate from,
        @Description("When it left this part, likewise, not before `from`; null while it still plays it or when unknown.") PartialDate to,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Participant>, CitedInput {

    /** The input that would write participant as it is stored. */
    public static ParticipantInput of(Participant participant, Naming names) {
        return new ParticipantInput(names.of(participant.conflict), names.of(participant.party), participant.role,
                participant.description, participant.getFrom(), participant.getTo(), names.sourcesOf(participant), null, names.citationsOf(participant));
    }

    @Override
    public void writeTo(Participant participant, Fields fields) {
        participant.conflict = fields.ref(Conflict.class, conflict, "conflict");
        participant.party = fields.ref(Party.class, party, "party");
        participant.role = role;
        participant.description = description;
        participant.setFrom(fields.date(from, "from"));
        participant.setTo(fields.date(to, "to"));
        fields.check("to", DateRules.inOrder(from, to));
    }
}
