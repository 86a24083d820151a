package org.parley.common.value;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.common.error.InvalidInputException;

/** Dates known to a day, an ISO week, a month or a year: parsed, bounded and written back to their precision. */
class PartialDateTest {

    @Test
    void eachFormGivesItsPrecisionAndPeriod() {
        assertPeriod("2025-07-23", DatePrecision.DAY, "2025-07-23", "2025-07-23");
        assertPeriod("2025-W29", DatePrecision.WEEK, "2025-07-14", "2025-07-20");
        assertPeriod("2025-07", DatePrecision.MONTH, "2025-07-01", "2025-07-31");
        assertPeriod("2024-02", DatePrecision.MONTH, "2024-02-01", "2024-02-29");
        assertPeriod("2025", DatePrecision.YEAR, "2025-01-01", "2025-12-31");
        // ISO week 1 of 2026 starts in 2025
        assertPeriod("2026-W01", DatePrecision.WEEK, "2025-12-29", "2026-01-04");
    }

    @Test
    void writtenBackAsRead() {
        for (String text : new String[] { "2025-07-23", "2025-W29", "2025-07", "2025", "2026-W01", "0999", "0999-W02" }) {
            PartialDate date = PartialDate.parse(text);
            assertThat(date.stringValueForSerialization(), is(text));
            assertThat(PartialDate.of(date.start(), date.precision()), is(date));
            assertThat(new PartialDate(text), is(date));
        }
        assertThat(PartialDate.of(null, DatePrecision.DAY), is(nullValue()));
        assertThat(PartialDate.of(LocalDate.of(2025, 7, 23), null).toString(), is("2025-07-23"));
    }

    @Test
    void endOfIsTheLastDayOrNull() {
        assertThat(PartialDate.endOf(PartialDate.parse("2025-06")), is(LocalDate.of(2025, 6, 30)));
        assertThat(PartialDate.endOf(null), is(nullValue()));
    }

    @Test
    void malformedDatesAreRefusedWithACutEcho() {
        for (String text : new String[] { "23/07/2025", "2025-13", "2025-02-30", "2025-W54", "", "July" }) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PartialDate.parse(text));
            assertThat(e.getMessage(), containsString("is not an ISO-8601 date"));
        }
        String huge = "2025-" + "9".repeat(90_000);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PartialDate.parse(huge));
        assertThat(e.getMessage().length() < 200, is(true));
    }

    private static void assertPeriod(String text, DatePrecision precision, String start, String end) {
        PartialDate date = PartialDate.parse(text);
        assertThat(text, date.precision(), is(precision));
        assertThat(text, date.start(), is(LocalDate.parse(start)));
        assertThat(text, date.end(), is(LocalDate.parse(end)));
    }
}
