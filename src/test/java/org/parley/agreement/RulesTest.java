package org.parley.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.common.PartialDate;

/** When a provision is overdue, without a database. */
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
}
