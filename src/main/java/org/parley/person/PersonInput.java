package org.parley.person;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.parley.party.Party;
import org.parley.source.SourceInput;

@Input("PersonInput")
@Description("A person to record: a leader, negotiator or spokesperson.")
public record PersonInput(
        @NonNull @NotBlank @Size(max = 200) @Description("Full name, e.g. `Rustem Umerov`.") String name,
        @Size(max = 4000) @Description("Who the person is, in a sentence.") String description,
        @Id @Description("The party the person belongs to (a Party id); null when none.") String party,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations,
        @Description(IdentifiedInput.EXTERNAL_IDS) List<@Valid ExternalIdInput> externalIds)
        implements EntityInput<Person>, CitedInput, IdentifiedInput {

    /** The input that would write person as it is stored. */
    public static PersonInput of(Person person, IdNaming names) {
        return new PersonInput(person.name, person.description, names.of(person.party), names.sourcesOf(person), null, names.citationsOf(person),
                names.externalIdsOf(person));
    }

    @Override
    public void writeTo(Person person, Fields fields) {
        person.name = name;
        person.description = description;
        person.party = fields.ref(Party.class, party, "party");
    }
}
