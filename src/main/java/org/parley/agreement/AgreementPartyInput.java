package org.parley.agreement;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.source.Naming;
import org.parley.party.Party;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.SourceInput;

@Input("AgreementPartyInput")
@Description("A party behind an agreement, in one capacity, to record.")
public record AgreementPartyInput(
        @NonNull @NotNull @Id @Description("The agreement (an Agreement id).") String agreement,
        @NonNull @NotNull @Id @Description("The party (a Party id).") String party,
        @NonNull @NotNull @Description("The part it plays.") Capacity capacity,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<AgreementParty>, CitedInput {

    /** The input that would write the record as it is stored. */
    public static AgreementPartyInput of(AgreementParty party, Naming names) {
        return new AgreementPartyInput(names.of(party.agreement), names.of(party.party), party.capacity,
                names.sourcesOf(party), null, names.citationsOf(party));
    }

    @Override
    public void writeTo(AgreementParty record, Fields fields) {
        record.agreement = fields.ref(Agreement.class, agreement, "agreement");
        record.party = fields.ref(Party.class, party, "party");
        record.capacity = capacity;
    }
}
