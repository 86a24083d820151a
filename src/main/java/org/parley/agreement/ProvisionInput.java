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
import org.parley.common.value.Topic;
import org.parley.editing.EntityInput;
import org.parley.editing.Fields;
import org.parley.party.Party;
import org.parley.source.CitationInput;
import org.parley.source.CitedInput;
import org.parley.source.Naming;
import org.parley.source.SourceInput;

@Input("ProvisionInput")
@Description("A commitment of an agreement, to record.")
public record ProvisionInput(
        @NonNull @NotNull @Id @Description("The agreement (an Agreement id).") String agreement,
        @NonNull @NotBlank @Size(max = 20) @Description("Its number or label within the agreement, e.g. `1`; unique within it.") String number,
        @NonNull @NotNull @Description("What it is about.") Topic topic,
        @NonNull @NotBlank @Size(max = 4000) @Description("What it provides, quoted or closely paraphrased.") String text,
        @Description("By when it is to be carried out; null when it sets no deadline.") PartialDate deadline,
        @DefaultValue("[]") @Id @Description("The parties it obliges (Party ids).") List<@NonNull String> obligated,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<Provision>, CitedInput {

    /** The input that would write provision as it is stored. */
    public static ProvisionInput of(Provision provision, Naming names) {
        return new ProvisionInput(names.of(provision.agreement), provision.number, provision.topic, provision.text,
                provision.getDeadline(), names.of(provision.obligated), names.sourcesOf(provision), null, names.citationsOf(provision));
    }

    @Override
    public void writeTo(Provision provision, Fields fields) {
        provision.agreement = fields.ref(Agreement.class, agreement, "agreement");
        provision.number = number;
        provision.topic = topic;
        provision.text = text;
        provision.setDeadline(fields.date(deadline, "deadline"));
        provision.obligated.clear();
        provision.obligated.addAll(fields.refs(Party.class, obligated, "obligated"));
    }
}
