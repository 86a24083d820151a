package org.parley.common.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.parley.common.error.InvalidInputException;

/**
 * A date known to a {@link DatePrecision}. Stored as the first day of the period it names plus the precision,
 * so range filters compare on the first day; written back as ISO-8601 to that precision.
 */
@RegisterForReflection // SmallRye and Jackson build it from its text by reflection, in the native image too
@CustomScalar("PartialDate")
@Description(PartialDate.MEANING)
public record PartialDate(LocalDate start, DatePrecision precision) implements CustomStringScalar {

    public static final String MEANING = "A date known to a day, an ISO week, a month or a year, as ISO-8601 writes each: "
            + "`2025-05-16`, `2025-W20`, `2025-05`, `2025`. As precise as the sources are: `2025-05` when a source says "
            + "\"in May\", never a made-up day.";

    /** Reads the scalar as a client or a dataset writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PartialDate(String text) {
        this(parse(text));
    }

    private PartialDate(PartialDate parsed) {
        this(parsed.start, parsed.precision);
    }

    @Override
    @JsonValue
    public String stringValueForSerialization() {
        return toString();
    }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The date stored as a first day and a precision (a day when the precision is missing), or null for no date. */
    public static PartialDate of(LocalDate start, DatePrecision precision) {
        return start == null ? null : new PartialDate(start, precision == null ? DatePrecision.DAY : precision);
    }

    private static String format(LocalDate start, DatePrecision precision) {
        return switch (precision) {
            case DAY -> start.toString();
            case WEEK -> String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.format("%04d", start.getYear());
        };
    }

    /** The last day of the period (`2025-07` ends on 31 July), or null for no date. */
    public static LocalDate endOf(PartialDate date) {
        return date == null ? null : date.end();
    }

    /** Parses `2025-07-23`, `2025-W29`, `2025-07` or `2025`, deriving the precision from the form. */
    public static PartialDate parse(String text) {
        String s = text == null ? "" : text.trim();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new PartialDate(LocalDate.parse(s), DatePrecision.DAY);
            }
            Matcher week = WEEK.matcher(s);
            if (week.matches()) {
                int weekNumber = Integer.parseInt(week.group(2));
                LocalDate anyDay = LocalDate.of(Integer.parseInt(week.group(1)), 7, 1);
                if (weekNumber < 1 || weekNumber > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw new IllegalArgumentException();
                }
                return new PartialDate(anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, weekNumber)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), DatePrecision.WEEK);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return new PartialDate(YearMonth.parse(s).atDay(1), DatePrecision.MONTH);
            }
            if (s.matches("\\d{4}")) {
                return new PartialDate(LocalDate.of(Integer.parseInt(s), 1, 1), DatePrecision.YEAR);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // falls through to the common message
        }
        throw new InvalidInputException(TextRules.echo(text)
                + " is not an ISO-8601 date: use 2025-07-23, 2025-W29, 2025-07 or 2025.");
    }

    /** The last day of the period, for "on or before" comparisons. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    @Override
    public String toString() {
        return format(start, precision);
    }
}
