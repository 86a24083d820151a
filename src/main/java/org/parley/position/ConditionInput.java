package org.parley.position;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.agreement.Agreement;
import org.parley.agreement.StageKind;
import org.parley.editing.Fields;
import org.parley.source.Naming;

@Input("ConditionInput")
@Description("What a precondition conditions: an agreement (and the stage of it), an act in words, or both.")
public record ConditionInput(
        @Id @Description("The agreement it is set on (an Agreement id); null for an act only.") String agreement,
        @Description("The stage of that agreement it conditions; needs `agreement`.") StageKind stage,
        @Size(max = 300) @Description("The act it conditions, in words, e.g. `a meeting of the two presidents`.") String act) {

    static ConditionInput of(Position position, Naming names) {
        return position.conditionsAgreement == null && position.conditionsAct == null ? null
                : new ConditionInput(names.of(position.conditionsAgreement), position.conditionsStage, position.conditionsAct);
    }

    /** Writes what a position of this kind conditions: only a precondition has a condition, and null clears it. */
    static void write(ConditionInput given, PositionKind kind, Position position, Fields fields) {
        if (given == null) {
            position.conditionsAgreement = null;
            position.conditionsStage = null;
            position.conditionsAct = null;
        } else {
            fields.check("conditions", PositionRules.conditioned(kind));
            given.writeTo(position, fields);
        }
    }

    private void writeTo(Position position, Fields fields) {
        position.conditionsAgreement = fields.ref(Agreement.class, agreement, "conditions.agreement");
        position.conditionsStage = stage;
        position.conditionsAct = act == null || act.isBlank() ? null : act.strip();
        fields.check("conditions.stage", PositionRules.conditionStage(position.conditionsAgreement != null, stage != null));
        fields.check("conditions", PositionRules.conditionNamed(position.conditionsAgreement != null, position.conditionsAct != null));
    }
}
