package org.parley.outcome;

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
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.source.Naming;
import org.parley.source.SourceInput;
import org.parley.talks.Round;

@Input("OutcomeInput")
@Description("What a round produced, to record.")
public record OutcomeInput(
        @NonNull @NotNull @Id @Description("The round (a Round id).") String round,
        @NonNull @NotNull @Description("What kind of outcome.") OutcomeKind kind,
        @NonNull @NotBlank @Size(max = 4000) @Description("What was agreed or done, e.g. `exchange of 1,000 prisoners each`.") String description,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Outcome>, CitedInput {

    /** The input that would write outcome as it is stored. */
    public static OutcomeInput of(Outcome outcome, Naming names) {
        return new OutcomeInput(names.of(outcome.round), outcome.kind, outcome.description, names.sourcesOf(outcome), null, names.citationsOf(outcome));
    }

    @Override
    public void writeTo(Outcome outcome, Fields fields) {
        outcome.round = fields.ref(Round.class, round, "round");
        outcome.kind = kind;
        outcome.description = description;
    }
}
