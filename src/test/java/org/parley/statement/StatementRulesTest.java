package org.parley.statement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** Who a statement names, without a database. */
class StatementRulesTest {

    @Test
    void aStatementNamesAPersonOrASpeakerInWords() {
        assertThat(StatementRules.speaker(true, null), is(nullValue()));
        assertThat(StatementRules.speaker(false, "a Kremlin spokesman"), is(nullValue()));
        assertThat(StatementRules.speaker(false, " \t"), containsString("required when no person is named"));
        assertThat(StatementRules.speaker(false, null), containsString("required when no person is named"));
    }
}
