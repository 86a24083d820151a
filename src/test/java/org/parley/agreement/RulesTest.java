package org.parley.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.talks.Round;
import org.parley.talks.Talks;

/** When a provision is overdue, and what an agreement and its ledger may name, without a database. */
class RulesTest {

    private static Provision due(String deadline) {
        Provision provision = new Provision();
        provision.setDeadline(deadline == null ? null : PartialDate.parse(deadline));
        return provision;
    }

    private static ImplementationRecord line(ImplementationStatus status, String date) {
        ImplementationRecord record = new ImplementationRecord();
        record.status = status;
        record.setDate(PartialDate.parse(date));
        return record;
    }

    @Test
    void aDeadlineIsMetUntilItsWholePeriodHasPassed() {
        assertThat(Rules.overdue(due("2025-06"), List.of(), LocalDate.of(2025, 6, 30)), is(false));
        assertThat(Rules.overdue(due("2025-06"), List.of(), LocalDate.of(2025, 7, 1)), is(true));
        assertThat(Rules.overdue(due("2025-W27"), List.of(), LocalDate.of(2025, 7, 6)), is(false));
        assertThat(Rules.overdue(due("2025-W27"), List.of(), LocalDate.of(2025, 7, 7)), is(true));
        assertThat(Rules.overdue(due(null), List.of(), LocalDate.of(2030, 1, 1)), is(false));
    }

    @Test
    void onlyACarriedOutProvisionDatedByThenStopsBeingOverdue() {
        LocalDate july = LocalDate.of(2025, 7, 10);
        assertThat(Rules.overdue(due("2025-06"), List.of(line(ImplementationStatus.PARTLY_IMPLEMENTED, "2025-06-10")), july), is(true));
        assertThat(Rules.overdue(due("2025-06"), List.of(line(ImplementationStatus.IMPLEMENTED, "2025-07-02")), july), is(false));
        assertThat(Rules.overdue(due("2025-06"), List.of(line(ImplementationStatus.IMPLEMENTED, "2025-07-20")), july), is(true));
    }

    @Test
    void anAgreementIsProducedByRoundsOfItsOwnConflict() {
        Conflict ukraine = conflict(1);
        Agreement agreement = new Agreement();
        agreement.conflict = ukraine;
        assertThat(Rules.producedBy(agreement, roundOf(ukraine)), is(nullValue()));
        assertThat(Rules.producedBy(agreement, roundOf(conflict(2))), containsString("another conflict"));
    }

    @Test
    void onlyABreachNamesWhoAllegesIt() {
        assertThat(Rules.allegedBy(ImplementationStatus.VIOLATED, true), is(nullValue()));
        assertThat(Rules.allegedBy(ImplementationStatus.IMPLEMENTED, true), containsString("only a VIOLATED record"));
        assertThat(Rules.allegedBy(ImplementationStatus.IMPLEMENTED, false), is(nullValue()));
    }

    private static Conflict conflict(long id) {
        Conflict conflict = new Conflict();
        conflict.id = id;
        return conflict;
    }

    private static Round roundOf(Conflict conflict) {
        Round round = new Round();
        round.talks = new Talks();
        round.talks.conflict = conflict;
        return round;
    }
}
