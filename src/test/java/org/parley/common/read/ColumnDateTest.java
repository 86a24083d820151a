package org.parley.common.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A date read from the database's JSON by {@link FieldRead.Column#date} is {@link LocalDate#parse}'s date. */
class ColumnDateTest {

    @Test
    void everyDayOfTwoCenturiesIsParsesDay() {
        for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2100; day = day.plusDays(1)) {
            assertEquals(LocalDate.parse(day.toString()), FieldRead.Column.date(day.toString()));
        }
    }

    @Test
    void otherFormsAreLeftToParse() {
        assertEquals(LocalDate.of(999, 1, 2), FieldRead.Column.date("0999-01-02"));
        assertEquals(LocalDate.of(12345, 6, 7), FieldRead.Column.date("+12345-06-07"));
        assertThrows(DateTimeException.class, () -> FieldRead.Column.date("2022-02-30"));
        assertThrows(DateTimeException.class, () -> FieldRead.Column.date("2022-0x-01"));
    }
}
