package org.sanling.web.legalaid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a published iCalendar feed (RFC 5545) that phone calendars subscribe to. ical4j builds and
 * validates it (escaping, parameter quoting, the properties a published event needs); times are in UTC,
 * so no VTIMEZONE is needed. The folding of long content lines is ours: ical4j folds after 73
 * characters, which for Chinese text is over 200 octets, where RFC 5545 §3.1 asks for 75; ours folds at 75
 * octets without splitting a UTF-8 character. Thread-safe (no state).
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
            if (organizerName.contains("\n") || organizerName.contains("\r")) {
                throw new IllegalArgumentException("organizerName must be one line: " + organizerName);
            }
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
        var feed = new net.fortuna.ical4j.model.Calendar();
        feed.add(new ProdId(calendar.productId()));
        feed.add(ImmutableVersion.VERSION_2_0);
        feed.add(ImmutableCalScale.GREGORIAN);
        feed.add(ImmutableMethod.PUBLISH);
        feed.add(new XProperty("X-WR-CALNAME", calendar.name()));
        feed.add(new XProperty("X-WR-TIMEZONE", calendar.timeZone()));
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        for (Event event : events) {
            feed.add(vevent(calendar, event, stamp));
        }
        StringWriter unfolded = new StringWriter();
        try {
            // Validating: a feed that breaks RFC 5545 or 5546 (a published event without ORGANIZER…) is a bug, not a feed.
            new CalendarOutputter(true, Integer.MAX_VALUE).output(feed, unfolded);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid iCalendar feed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        for (String contentLine : unfolded.toString().split(CRLF)) {
            line(out, contentLine);
        }
        return out.toString();
    }

    private static VEvent vevent(Calendar calendar, Event event, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(event.startsAt().truncatedTo(ChronoUnit.SECONDS)));
        vevent.add(new DtEnd<>(event.endsAt().truncatedTo(ChronoUnit.SECONDS)));
        Organizer organizer = new Organizer(calendar.organizer());
        organizer.add(new Cn(calendar.organizerName()));
        vevent.add(organizer);
        vevent.add(new Summary(text(event.summary())));
        if (event.location() != null) {
            vevent.add(new Location(text(event.location())));
        }
        if (event.description() != null) {
            vevent.add(new Description(text(event.description())));
        }
        // The feed lists only events that take place; a cancelled one drops out of the subscription.
        vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    /** Line breaks as ical4j escapes them: it writes {@code \n} for LF but drops a CR, which would join two lines. */
    private static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
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
}
