package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import org.parley.talks.Round;

/**
 * The agreements' rules: when a provision counts as overdue, what an agreement and its ledger may name. Pure, so that
 * they are tested without a database (RulesTest); a rule of what may be written gives why a value is refused, or null.
 */
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

    /** The rounds that produced an agreement are rounds of its conflict. */
    static String producedBy(Agreement agreement, Round round) {
        return round.talks.conflict.id.equals(agreement.conflict.id) ? null : "is a round of another conflict";
    }

    /** Only a record of a breach (VIOLATED) names who alleges it. */
    static String allegedBy(ImplementationStatus status, boolean alleged) {
        return alleged && status != ImplementationStatus.VIOLATED ? "names who alleges a breach: only a VIOLATED record has one" : null;
    }
}
