package org.parley.common.value;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The dates a record may carry, without a database. */
class DateRulesTest {

    private static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void aDateBeforeTheYear1000IsATypingError() {
        assertThat(DateRules.plausible(date("0999-12-31")), containsString("before the year 1000"));
        assertThat(DateRules.plausible(date("1000")), is(nullValue()));
        assertThat(DateRules.plausible(null), is(nullValue()));
    }

    @Test
    void aDateMayBeAtMostAYearAhead() {
        LocalDate today = LocalDate.of(2026, 3, 12);
        assertThat(DateRules.notFarAhead(date("2027-03-12"), today), is(nullValue()));
        assertThat(DateRules.notFarAhead(date("2027-03-13"), today), containsString("more than a year from today"));
        // a partial date counts from its first day: the month after next year's still begins within the year
        assertThat(DateRules.notFarAhead(date("2027-03"), today), is(nullValue()));
        assertThat(DateRules.notFarAhead(date("2027-04"), today), containsString("more than a year"));
        assertThat(DateRules.notFarAhead(null, today), is(nullValue()));
    }

    @Test
    void aPeriodDoesNotEndBeforeItBegins() {
        assertThat(DateRules.inOrder(date("2024-05-02"), date("2024-05-01")), is("ends (2024-05-01) before the period begins (`from` is 2024-05-02)"));
        assertThat(DateRules.inOrder(date("2024-05-02"), date("2024-05-02")), is(nullValue()));
        // partial dates compare as the periods they name
        assertThat(DateRules.inOrder(date("2024-05"), date("2024")), is(nullValue()));
        assertThat(DateRules.inOrder(date("2024-05-20"), date("2024-05")), is(nullValue()));
        assertThat(DateRules.inOrder(date("2024-W20"), date("2024-05-13")), is(nullValue())); // the week's Monday
        assertThat(DateRules.inOrder(date("2024-W20"), date("2024-05-12")), containsString("before the period begins"));
        assertThat(DateRules.inOrder(date("2024-06"), date("2024-05")), containsString("before the period begins"));
        assertThat(DateRules.inOrder(date("2025"), date("2024-12-31")), containsString("before the period begins"));
        // an open end or an unknown beginning orders nothing
        assertThat(DateRules.inOrder(date("2024"), null), is(nullValue()));
        assertThat(DateRules.inOrder(null, date("2024")), is(nullValue()));
    }
}
