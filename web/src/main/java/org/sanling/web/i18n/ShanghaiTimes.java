package org.sanling.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Instants as pages show them, in Asia/Shanghai and the person's language, for EL:
 * <pre>{@code #{shanghaiTimes.window(shift.startsAt, shift.endsAt)}  → 2026-11-28 周六 09:00–12:00}</pre>
 * Null shows as an empty text. Thread-safe.
 */
@Named
@ApplicationScoped
public class ShanghaiTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "2026-11-28 周六 09:00" */
    public String dateTime(Instant instant) {
        return instant == null ? "" : day(local(instant)) + " " + TIME.format(local(instant));
    }

    /** "09:00" */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(local(instant));
    }

    /** "2026-11-28 周六 09:00–12:00", or with the end's day too when the window runs past midnight. */
    public String window(Instant from, Instant to) {
        if (from == null || to == null) {
            return "";
        }
        boolean sameDay = local(from).toLocalDate().equals(local(to).toLocalDate());
        return dateTime(from) + "–" + (sameDay ? time(to) : dateTime(to));
    }

    private static String day(ZonedDateTime time) {
        return DAY.withLocale(LocaleView.current()).format(time);
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(Times.SHANGHAI);
    }
}
