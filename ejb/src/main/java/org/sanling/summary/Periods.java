package org.sanling.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Days and months as callers write them (yyyy-MM-dd, yyyy-MM), read or refused with a message on the field.
 * Blank means "not given": null.
 */
public final class Periods {

    /** The longest range of days one request may cover. */
    public static final int MAX_DAYS = 366;

    private Periods() {
    }

    /** @throws InvalidPeriodException if the text is not a day */
    public static LocalDate day(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidPeriodException.badDay(field, text);
        }
    }

    /** @throws InvalidPeriodException if the text is blank or not a day */
    public static LocalDate requiredDay(String field, String text) {
        LocalDate day = day(field, text);
        if (day == null) {
            throw InvalidPeriodException.missingDay(field);
        }
        return day;
    }

    /** @throws InvalidPeriodException if the text is not a month */
    public static YearMonth month(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidPeriodException.badMonth(field, text);
        }
    }

    /**
     * Checks a range of days, both included.
     *
     * @throws InvalidPeriodException if it ends before it starts or is longer than {@link #MAX_DAYS}
     */
    static void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidPeriodException.backwards("to");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw InvalidPeriodException.tooLong("to", MAX_DAYS);
        }
    }
}
