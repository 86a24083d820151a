package org.parley.agreement;

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
import org.parley.conflict.Conflict;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.identifier.ExternalIdInput;
import org.parley.identifier.IdNaming;
import org.parley.identifier.IdentifiedInput;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.SourceInput;
import org.parley.talks.Round;

@Input("AgreementInput")
@Description("An agreement to record; its stages, parties and provisions are records of their own.")
public record AgreementInput(
        @NonNull @NotNull @Id @Description("The conflict it belongs to (a Conflict id).") String conflict,
        @NonNull @NotBlank @Size(max = 300) @Description("Its name as the sources give it.") String name,
        @NonNull @NotNull @Description("What sort of agreement it is.") AgreementKind kind,
        @Size(max = 4000) @Description("What it provides, in a few sentences.") String summary,
        @DefaultValue("[]") @Id @Description("The rounds of talks that produced it (Round ids); empty when it was "
                + "reached elsewhere, e.g. through diplomatic channels.") List<@NonNull String> rounds,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations,
        @Description(IdentifiedInput.EXTERNAL_IDS) List<@Valid ExternalIdInput> externalIds)
        implements EntityInput<Agreement>, CitedInput, IdentifiedInput {

    /** The input that would write agreement as it is stored. */
    public static AgreementInput of(Agreement agreement, IdNaming names) {
        return new AgreementInput(names.of(agreement.conflict), agreement.name, agreement.kind, agreement.summary,
                names.of(agreement.rounds), names.sourcesOf(agreement), null, names.citationsOf(agreement),
                names.externalIdsOf(agreement));
    }

    @Override
    public void writeTo(Agreement agreement, Fields fields) {
        agreement.conflict = fields.ref(Conflict.class, conflict, "conflict");
        agreement.name = name;
        agreement.kind = kind;
        agreement.summary = summary;
        List<Round> produced = fields.refs(Round.class, rounds, "rounds");
        for (int i = 0; i < produced.size(); i++) {
            fields.check("rounds[" + i + "]", Rules.producedBy(agreement, produced.get(i)));
        }
        agreement.rounds.clear();
        agreement.rounds.addAll(produced);
    }
}
