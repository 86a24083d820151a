package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

/** When a provision counts as overdue: pure, so that it is tested without a database (RulesTest). */
final class Rules {

    private Rules() {
    }

    /**
     * Overdue at the end of {@code day}: a deadline whose whole period ended before that day (a deadline of `2025-07`
     * is met by anything in July), and no line of the ledger dated by then saying IMPLEMENTED.
     */
    static boolean overdue(Provision provision, List<ImplementationRecord> ledger, LocalDate day) {
        if (provision.dueEnd == null || !provision.dueEnd.isBefore(day)) {
            return false;
        }
        return ledger.stream().noneMatch(r -> r.status == ImplementationStatus.IMPLEMENTED && !r.reportedOn.isAfter(day));
    }
}
