package org.parley.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a {@link DatePrecision}. Stored as the first day of the period it names plus the precision,
 * so range filters compare on the first day; written back as ISO-8601 to that precision.
 */
public record PartialDate(LocalDate start, DatePrecision precision) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static String format(LocalDate start, DatePrecision precision) {
        if (start == null) {
            return null;
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** The last day of the period an ISO-8601 date names (`2025-07` ends on 31 July), or null for null. */
    public static LocalDate endOf(String text) {
        return text == null ? null : parse(text).end();
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
