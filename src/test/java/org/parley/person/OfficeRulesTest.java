package org.parley.person;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** When an office may be current, without a database. */
class OfficeRulesTest {

    @Test
    void anOfficeWithAnEndIsNotCurrent() {
        assertThat(OfficeRules.current(true, true), containsString("end date"));
        assertThat(OfficeRules.current(true, false), is(nullValue()));
        assertThat(OfficeRules.current(false, true), is(nullValue()));
        assertThat(OfficeRules.current(false, false), is(nullValue()));
    }
}
