package org.parley.conflict;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.common.value.PartialDate;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.identifier.ExternalIdInput;
import org.parley.identifier.IdNaming;
import org.parley.identifier.IdentifiedInput;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.SourceInput;

@Input("ConflictInput")
@Description("A conflict to record.")
public record ConflictInput(
        @NonNull @NotBlank @Size(max = 300) @Description("Common name, e.g. `Russia-Ukraine war`; unique.") String name,
        @Description("When it started; null when unknown.") PartialDate startDate,
        @Size(max = 4000) @Description("A few sentences on the conflict.") String description,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations,
        @Description(IdentifiedInput.EXTERNAL_IDS) List<@Valid ExternalIdInput> externalIds)
        implements EntityInput<Conflict>, CitedInput, IdentifiedInput {

    /** The input that would write conflict as it is stored. */
    public static ConflictInput of(Conflict conflict, IdNaming names) {
        return new ConflictInput(conflict.name, conflict.getStartDate(), conflict.description, names.sourcesOf(conflict), null, names.citationsOf(conflict),
                names.externalIdsOf(conflict));
    }

    @Override
    public void writeTo(Conflict conflict, Fields fields) {
        conflict.name = name;
        conflict.setStartDate(fields.date(startDate, "startDate"));
        conflict.description = description;
    }
}
