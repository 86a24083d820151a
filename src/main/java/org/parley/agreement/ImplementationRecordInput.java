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
import org.parley.common.value.PartialDate;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.party.Party;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;

@Input("ImplementationRecordInput")
@Description("A line of a provision's ledger, to record.")
public record ImplementationRecordInput(
        @NonNull @NotNull @Id @Description("The provision (a Provision id).") String provision,
        @NonNull @NotNull @Description("How far it was carried out.") ImplementationStatus status,
        @NonNull @NotNull @Description("When it was done, or the report's date when it gives no other.") PartialDate date,
        @Id @Description("For VIOLATED: the party alleging the breach (a Party id); null when the sources name none.") String allegedBy,
        @NonNull @NotBlank @Size(max = 4000) @Description("What was done or not, as the sources report it.") String description,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<ImplementationRecord>, CitedInput {

    /** The input that would write the record as it is stored. */
    public static ImplementationRecordInput of(ImplementationRecord record, Naming names) {
        return new ImplementationRecordInput(names.of(record.provision), record.status, record.getDate(),
                names.of(record.allegedBy), record.description, names.sourcesOf(record), null, names.citationsOf(record));
    }

    @Override
    public void writeTo(ImplementationRecord record, Fields fields) {
        record.provision = fields.ref(Provision.class, provision, "provision");
        record.status = status;
        record.setDate(fields.recentDate(date, "date"));
        record.allegedBy = fields.ref(Party.class, allegedBy, "allegedBy");
        fields.check("allegedBy", Rules.allegedBy(status, record.allegedBy != null));
        record.description = description;
    }
}
