package org.parley.statement;

/** Who a statement must name: pure, tested without a database (StatementRulesTest); null when acceptable. */
final class StatementRules {

    private StatementRules() {
    }

    /** A statement names its speaker: a person on record, or in words. */
    static String speaker(boolean person, String speaker) {
        return person || speaker != null && !speaker.isBlank() ? null : "is required when no person is named";
    }
}
