package org.parley.person;

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
import org.parley.common.value.DateRules;
import org.parley.common.value.PartialDate;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.party.Party;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;

@Input("OfficeInput")
@Description("A role a person holds or held, to record.")
public record OfficeInput(
        @NonNull @NotNull @Id @Description("Who holds it (a Person id).") String person,
        @Id @Description("The party the role is within (a Party id); null when none.") String party,
        @NonNull @NotBlank @Size(max = 300) @Description("Title, e.g. `Defence Minister`.") String title,
        @Description("Since when; null when unknown.") PartialDate from,
        @Description("Until when, not before `from`; null while held or when unknown.") PartialDate to,
        @NonNull @Description("Whether the role is still held; must be false when `to` is given.") boolean current,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Office>, CitedInput {

    /** The input that would write office as it is stored. */
    public static OfficeInput of(Office office, Naming names) {
        return new OfficeInput(names.of(office.person), names.of(office.party), office.title, office.getFrom(), office.getTo(),
                office.current, names.sourcesOf(office), null, names.citationsOf(office));
    }

    @Override
    public void writeTo(Office office, Fields fields) {
        office.person = fields.ref(Person.class, person, "person");
        office.party = fields.ref(Party.class, party, "party");
        office.title = title;
        office.setFrom(fields.date(from, "from"));
        office.setTo(fields.date(to, "to"));
        fields.check("to", DateRules.inOrder(from, to));
        fields.check("current", OfficeRules.current(current, to != null));
        office.current = current;
    }
}
