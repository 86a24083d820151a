package org.parley.common.value;

import java.time.LocalDate;

/**
 * What dates a record may carry, whatever its type: pure, tested without a database (DateRulesTest). Each rule gives
 * why a value is refused, or null when it is acceptable (editing/Fields names the field).
 */
public final class DateRules {

    /** Before it, a date in this record is a typing error (`0225` for `2025`), not history. */
    private static final int EARLIEST_YEAR = 1000;

    private DateRules() {
    }

    /** Any date: not before the year 1000. */
    public static String plausible(PartialDate date) {
        return date != null && date.start().getYear() < EARLIEST_YEAR
                ? "a date before the year " + EARLIEST_YEAR + " cannot be right for this record" : null;
    }

    /**
     * The date of something that happened or is scheduled (a round, a statement, a source's publication): at most a
     * year after {@code today}, which leaves room for a round being planned but not for a mistyped year.
     */
    public static String notFarAhead(PartialDate date, LocalDate today) {
        return date != null && date.start().isAfter(today.plusYears(1))
                ? "a date more than a year from today cannot be right for this record" : null;
    }

    /**
     * A period (an office held, a part in a conflict) does not end before it begins. Partial dates compare as the
     * periods they name: `from: 2024-05, to: 2024` is acceptable, since the year 2024 ends after May began.
     */
    public static String inOrder(PartialDate from, PartialDate to) {
        return from != null && to != null && to.end().isBefore(from.start())
                ? "ends (" + to + ") before the period begins (`from` is " + from + ")" : null;
    }
}
