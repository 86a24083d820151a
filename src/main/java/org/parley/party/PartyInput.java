package org.parley.party;

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
import org.parley.identifier.ExternalIdInput;
import org.parley.identifier.IdNaming;
import org.parley.identifier.IdentifiedInput;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.source.SourceInput;

@Input("PartyInput")
@Description("A party to record: a state, an armed group, a mediator, a host.")
public record PartyInput(
        @NonNull @NotBlank @Size(max = 200) @Description("Name, e.g. `Ukraine`; unique.") String name,
        @NonNull @NotNull @Description("What kind of party it is.") PartyKind kind,
        @Size(max = 4000) @Description("A few sentences on the party.") String description,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations,
        @Description(IdentifiedInput.EXTERNAL_IDS) List<@Valid ExternalIdInput> externalIds)
        implements EntityInput<Party>, CitedInput, IdentifiedInput {

    /** The input that would write party as it is stored. */
    public static PartyInput of(Party party, IdNaming names) {
        return new PartyInput(party.name, party.kind, party.description, names.sourcesOf(party), null, names.citationsOf(party),
                names.externalIdsOf(party));
    }

    @Override
    public void writeTo(Party party, Fields fields) {
        party.name = name;
        party.kind = kind;
        party.description = description;
    }
}
