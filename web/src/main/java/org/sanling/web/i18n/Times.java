package org.sanling.web.i18n;

import jakarta.ws.rs.BadRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Instants as the API and pages show them: in Asia/Shanghai, with the offset. */
public final class Times {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toOffsetDateTime();
    }

    /** A day as yyyy-MM-dd, or null when blank; anything else is a bad request. */
    public static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(e);
        }
    }

    /** A day and a time of day in Asia/Shanghai as an instant, or null when either is missing (a form not filled in). */
    public static Instant at(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : day.atTime(time).atZone(SHANGHAI).toInstant();
    }

    /** The first instant of the day in Asia/Shanghai, or null. */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(SHANGHAI).toInstant();
    }
}
