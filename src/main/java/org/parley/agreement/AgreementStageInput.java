package org.parley.agreement;

import java.util.List;

import jakarta.validation.Valid;
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

@Input("AgreementStageInput")
@Description("A step an agreement took, to record.")
public record AgreementStageInput(
        @NonNull @NotNull @Id @Description("The agreement (an Agreement id).") String agreement,
        @NonNull @NotNull @Description("Which step.") StageKind stage,
        @NonNull @NotNull @Description("When it happened.") PartialDate date,
        @Id @Description("The party that took the step alone (ratified, suspended, withdrew), a Party id; null when all did.") String party,
        @Size(max = 200) @Description("Where it happened.") String place,
        @Size(max = 4000) @Description("What happened, as the sources report it.") String description,
        @DefaultValue("[]") @Id @Description(CitedInput.SOURCES) List<@NonNull String> sources,
        @DefaultValue("[]") @Description(CitedInput.NEW_SOURCES) List<@NonNull @Valid SourceInput> newSources,
        @DefaultValue("[]") @Description(CitedInput.CITATIONS) List<@NonNull @Valid CitationInput> citations)
        implements EntityInput<AgreementStage>, CitedInput {

    /** The input that would write stage as it is stored. */
    public static AgreementStageInput of(AgreementStage stage, Naming names) {
        return new AgreementStageInput(names.of(stage.agreement), stage.stage, stage.getDate(), names.of(stage.party),
                stage.place, stage.description, names.sourcesOf(stage), null, names.citationsOf(stage));
    }

    @Override
    public void writeTo(AgreementStage stage, Fields fields) {
        stage.agreement = fields.ref(Agreement.class, agreement, "agreement");
        stage.stage = this.stage;
        stage.setDate(fields.recentDate(date, "date"));
        stage.party = fields.ref(Party.class, party, "party");
        stage.place = place;
        stage.description = description;
    }
}
