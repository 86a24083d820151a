package org.parley.identifier;

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
import org.parley.source.Naming;
import org.parley.source.SourceInput;

@Input("ExternalIdInput")
@Description("A record's identifier in another database, with the source that shows it.")
public record ExternalIdInput(
        @NonNull @NotNull @Description("The database.") ExternalIdScheme scheme,
        @NonNull @NotBlank @Size(max = 40) @Description("The identifier there, as that database writes it, e.g. `Q212` "
                + "(WIKIDATA) or `2444` (PAX).") String value,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements CitedInput {

    /** The input that would write the identifier as it is stored. */
    public static ExternalIdInput of(ExternalId stored, Naming names) {
        return new ExternalIdInput(stored.scheme, stored.value, names.sourcesOf(stored), null, names.citationsOf(stored));
    }
}
