package org.parley.position;

import org.parley.common.value.PartialDate;

/**
 * What a position may supersede, answer and condition: pure, so that it is tested without a database
 * (PositionRulesTest). Each rule gives why a value is refused, or null when it is acceptable; the input names the field.
 */
final class PositionRules {

    private PositionRules() {
    }

    /** {@code later} replacing {@code earlier}: an earlier position of the same party, not replaced by another already. */
    static String supersedes(Position later, Position earlier) {
        if (earlier.id.equals(later.id) || !earlier.party.id.equals(later.party.id) || earlier.statedDate.isAfter(later.statedDate)) {
            return "a position can only supersede an earlier one of the same party";
        }
        if (earlier.supersededBy != null && !earlier.supersededBy.id.equals(later.id)) {
            return "is already superseded by Position '" + earlier.supersededBy.getNodeId() + "'";
        }
        return null;
    }

    /** {@code answer} answering {@code answered}: another party's position, stated no later than the answer's period. */
    static String respondsTo(Position answer, Position answered) {
        if (answered.party.id.equals(answer.party.id) || answered.id.equals(answer.id)) {
            return "a position answers one of another party (a party revising its own stance supersedes it)";
        }
        if (answered.statedDate.isAfter(PartialDate.endOf(answer.getStatedOn()))) {
            return "answers a position stated after it (" + answered.getStatedOn() + ")";
        }
        return null;
    }

    /** Whether a position of this kind may condition anything: only a precondition does. */
    static String conditioned(PositionKind kind) {
        return kind == PositionKind.PRECONDITION ? null : "only a PRECONDITION conditions something";
    }

    /** A condition's stage is a stage of the agreement it names. */
    static String conditionStage(boolean agreement, boolean stage) {
        return stage && !agreement ? "is the stage of an agreement: name the agreement too" : null;
    }

    /** A condition names an agreement, an act, or both. */
    static String conditionNamed(boolean agreement, boolean act) {
        return agreement || act ? null : "names neither an agreement nor an act";
    }
}
