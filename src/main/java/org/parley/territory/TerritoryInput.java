package org.parley.territory;

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
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.identifier.ExternalIdInput;
import org.parley.identifier.IdNaming;
import org.parley.identifier.IdentifiedInput;
import org.parley.party.Party;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.SourceInput;

@Input("TerritoryInput")
@Description("A territory the parties contest, to record.")
public record TerritoryInput(
        @NonNull @NotNull @Id @Description("The conflict (a Conflict id).") String conflict,
        @NonNull @NotBlank @Size(max = 300) @Description("Name, e.g. `Crimea`.") String name,
        @Size(max = 4000) @Description("A few sentences on the territory.") String description,
        @Id @Description("The party that declared it annexed (a Party id); null when none.") String annexedBy,
        @Description("When it was declared annexed; null when not or unknown.") PartialDate annexationDate,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations,
        @Description(IdentifiedInput.EXTERNAL_IDS) List<@Valid ExternalIdInput> externalIds)
        implements EntityInput<Territory>, CitedInput, IdentifiedInput {

    /** The input that would write territory as it is stored. */
    public static TerritoryInput of(Territory territory, IdNaming names) {
        return new TerritoryInput(names.of(territory.conflict), territory.name, territory.description,
                names.of(territory.annexedBy), territory.getAnnexationDate(), names.sourcesOf(territory), null, names.citationsOf(territory),
                names.externalIdsOf(territory));
    }

    @Override
    public void writeTo(Territory territory, Fields fields) {
        territory.conflict = fields.ref(Conflict.class, conflict, "conflict");
        territory.name = name;
        territory.description = description;
        territory.annexedBy = fields.ref(Party.class, annexedBy, "annexedBy");
        territory.setAnnexationDate(fields.date(annexationDate, "annexationDate"));
    }
}
