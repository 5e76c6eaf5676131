package org.sanling.web.legalaid;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes a published iCalendar feed (RFC 5545) that phone calendars subscribe to: times in UTC, so no
 * VTIMEZONE is needed; text values escaped (§3.3.11); content lines folded at 75 octets without splitting
 * a UTF-8 character (§3.1); CRLF line ends. Plain Java and thread-safe (no state).
 *
 * <pre>{@code
 * String feed = ICalendarWriter.feed(new ICalendarWriter.Calendar("-//Sanling//Legal aid//ZH", "法律服务活动", "Asia/Shanghai",
 *         "三零平台", URI.create("https://sanling.example/")),
 *         List.of(new ICalendarWriter.Event("legal-aid-event-7@sanling", start, end, "普法宣传摆摊：民法典进社区", "梦萦小区", "民法典")),
 *         clock.instant());
 * }</pre>
 */
final class ICalendarWriter {

    /** The longest content line, in octets, not counting its CRLF. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * The calendar as a whole.
     *
     * @param productId     who made the feed (PRODID), not null
     * @param name          the name calendars show for the subscription (X-WR-CALNAME), not null
     * @param timeZone      the zone calendars should show it in (X-WR-TIMEZONE), an IANA id, not null
     * @param organizerName who publishes the events, not null
     * @param organizer     the publisher's address, not null: a published event needs an ORGANIZER (RFC 5546 §3.2.1)
     */
    record Calendar(String productId, String name, String timeZone, String organizerName, URI organizer) {
        Calendar {
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timeZone, "timeZone");
            Objects.requireNonNull(organizerName, "organizerName");
            Objects.requireNonNull(organizer, "organizer");
        }
    }

    /**
     * One event that takes place.
     *
     * @param uid         stable across feeds, so a calendar updates the event instead of adding it twice; not null
     * @param startsAt    not null
     * @param endsAt      after {@code startsAt}, not null
     * @param summary     not null
     * @param location    or null
     * @param description or null
     */
    record Event(String uid, Instant startsAt, Instant endsAt, String summary, String location, String description) {
        Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            Objects.requireNonNull(summary, "summary");
            if (!endsAt.isAfter(startsAt)) {
                throw new IllegalArgumentException("endsAt must be after startsAt: " + startsAt + " .. " + endsAt);
            }
        }
    }

    private ICalendarWriter() {
    }

    /** The feed: the calendar with its events in the given order, stamped with {@code now}. */
    static String feed(Calendar calendar, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + calendar.productId());
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendar.name()));
        line(out, "X-WR-TIMEZONE:" + calendar.timeZone());
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + utc(now));
            line(out, "DTSTART:" + utc(event.startsAt()));
            line(out, "DTEND:" + utc(event.endsAt()));
            line(out, "ORGANIZER;CN=" + quoted(calendar.organizerName()) + ":" + calendar.organizer());
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            // The feed lists only events that take place; a cancelled one drops out of the subscription.
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break as {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** A parameter value, quoted so that it may hold ':', ';' and ','; a quoted value cannot hold '"' or line breaks. */
    static String quoted(String value) {
        return '"' + value.replace('"', '\'').replaceAll("[\\r\\n]+", " ") + '"';
    }

    /**
     * Appends a content line folded (§3.1): a line over 75 octets breaks before the character that would
     * cross the limit, and each continuation starts with a space, which counts towards its 75.
     */
    static void line(StringBuilder out, String contentLine) {
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int length = Character.charCount(codePoint);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(contentLine, i, i + length);
            octets += size;
            i += length;
        }
        out.append(CRLF);
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
