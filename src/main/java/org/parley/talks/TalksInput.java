package org.parley.talks;

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
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.source.Naming;
import org.parley.party.Party;
import org.parley.source.SourceInput;

@Input("TalksInput")
@Description("A negotiation process to record.")
public record TalksInput(
        @NonNull @NotBlank @Size(max = 300) @Description("Name, e.g. `Istanbul talks 2025`.") String name,
        @NonNull @NotNull @Id @Description("The conflict they address (a Conflict id).") String conflict,
        @Id @Description("The party hosting them (a Party id); null when none.") String host,
        @Size(max = 200) @Description("Usual city of the meetings.") String city,
        @Size(max = 4000) @Description("A few sentences on the process.") String description,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Talks>, CitedInput {

    /** The input that would write talks as it is stored. */
    public static TalksInput of(Talks talks, Naming names) {
        return new TalksInput(talks.name, names.of(talks.conflict), names.of(talks.host), talks.city, talks.description,
                names.sourcesOf(talks), null, names.citationsOf(talks));
    }

    @Override
    public void writeTo(Talks talks, Fields fields) {
        talks.name = name;
        talks.conflict = fields.ref(Conflict.class, conflict, "conflict");
        talks.host = fields.ref(Party.class, host, "host");
        talks.city = city;
        talks.description = description;
    }
}
