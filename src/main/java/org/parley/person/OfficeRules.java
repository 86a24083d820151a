package org.parley.person;

/** What an office may say of itself: pure, tested without a database (OfficeRulesTest); null when acceptable. */
final class OfficeRules {

    private OfficeRules() {
    }

    /** An office with an end date is not current. */
    static String current(boolean current, boolean ended) {
        return current && ended ? "cannot be true for an office with an end date (`to`)" : null;
    }
}
