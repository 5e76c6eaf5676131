package org.sanling.web.legalaid;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarWriterTest {

    private static final ICalendarWriter.Calendar CALENDAR =
            new ICalendarWriter.Calendar("-//Sanling//Legal aid//ZH", "法律服务活动", "Asia/Shanghai", "三零平台", URI.create("https://sanling.example/"));
    private static final Instant STARTS = Instant.parse("2026-12-01T01:30:00Z");
    private static final Instant ENDS = Instant.parse("2026-12-01T04:00:00Z");

    private static ICalendarWriter.Event event(String summary, String location, String description) {
        return new ICalendarWriter.Event("legal-aid-event-7@sanling", STARTS, ENDS, summary, location, description);
    }

    /** The feed's logical lines: unfolded as a parser does (a CRLF followed by a space joins). */
    private static List<String> unfolded(String feed) {
        return Arrays.asList(feed.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void theCalendarAndEachEventCarryTheRequiredProperties() {
        String feed = ICalendarWriter.feed(CALENDAR, List.of(event("普法宣传摆摊：民法典进社区", "梦萦小区", "民法典")),
                Instant.parse("2026-11-26T11:30:15.123Z"));

        assertEquals(List.of("BEGIN:VCALENDAR", "PRODID:-//Sanling//Legal aid//ZH", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:法律服务活动", "X-WR-TIMEZONE:Asia/Shanghai",
                "BEGIN:VEVENT", "UID:legal-aid-event-7@sanling", "DTSTAMP:20261126T113015Z", "DTSTART:20261201T013000Z",
                "DTEND:20261201T040000Z", "ORGANIZER;CN=\"三零平台\":https://sanling.example/", "SUMMARY:普法宣传摆摊：民法典进社区", "LOCATION:梦萦小区", "DESCRIPTION:民法典",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"), unfolded(feed));
        assertTrue(feed.endsWith("END:VCALENDAR\r\n"));
        assertFalse(feed.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    }

    @Test
    void anEventWithoutPlaceOrTopicsLeavesThosePropertiesOut() {
        String feed = ICalendarWriter.feed(CALENDAR, List.of(event("法律咨询日", null, null)), STARTS);

        assertTrue(unfolded(feed).contains("SUMMARY:法律咨询日"));
        assertFalse(feed.contains("LOCATION"));
        assertFalse(feed.contains("DESCRIPTION"));
    }

    /** The feed as a phone calendar reads it. */
    private static VEvent parsedEvent(String feed) throws Exception {
        return (VEvent) new CalendarBuilder().build(new StringReader(feed)).getComponents().get(0);
    }

    @Test
    void textWithSeparatorsAndLineBreaksReadsBackAsWritten() throws Exception {
        String feed = ICalendarWriter.feed(CALENDAR, List.of(event("a\\b;c,d\r\ne\nf\rg:h", "民法典, 反诈; 劳动争议", null)), STARTS);

        VEvent parsed = parsedEvent(feed);
        assertEquals("a\\b;c,d\ne\nf\ng:h", parsed.getSummary().getValue(), "every line break kept, as LF");
        assertEquals("民法典, 反诈; 劳动争议", parsed.getLocation().getValue());
    }

    @Test
    void theOrganizerNameMayHoldSeparatorsAndQuotesButNotLineBreaks() throws Exception {
        var calendar = new ICalendarWriter.Calendar("-//Sanling//Legal aid//ZH", "法律服务活动", "Asia/Shanghai",
                "红旗区: 西街; 东街, \"三零\" 办", URI.create("https://sanling.example/"));
        String feed = ICalendarWriter.feed(calendar, List.of(event("法律咨询日", null, null)), STARTS);

        assertEquals("红旗区: 西街; 东街, \"三零\" 办", parsedEvent(feed).getProperty("ORGANIZER").orElseThrow().getParameter("CN").orElseThrow().getValue());
        assertThrows(IllegalArgumentException.class, () -> new ICalendarWriter.Calendar("p", "n", "Asia/Shanghai", "三零\n平台", URI.create("https://sanling.example/")));
    }

    @Test
    void aLongChineseSummaryIsFoldedAt75OctetsAndReadsBackWhole() throws Exception {
        String summary = "普法宣传摆摊：" + "民法典进社区，反诈宣传；".repeat(8) + "𠮷" + "end";
        String feed = ICalendarWriter.feed(CALENDAR, List.of(event(summary, null, null)), STARTS);

        for (String physical : feed.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= ICalendarWriter.MAX_LINE_OCTETS, physical);
        }
        assertTrue(unfolded(feed).contains("SUMMARY:" + summary), "unfolding gives the line back");
        assertEquals(summary, parsedEvent(feed).getSummary().getValue());
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        // 3-octet Chinese characters after an odd-length ASCII name, and a 4-octet one, so that folds fall mid-character.
        String summary = "普法宣传摆摊：" + "民法典进社区，反诈宣传；".repeat(8) + "𠮷" + "end";
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "SUMMARY:" + summary);

        String[] physical = out.toString().split("\r\n");
        assertTrue(physical.length > 3);
        for (int i = 0; i < physical.length; i++) {
            int octets = physical[i].getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= ICalendarWriter.MAX_LINE_OCTETS, "line " + i + " has " + octets + " octets");
            assertTrue(octets > ICalendarWriter.MAX_LINE_OCTETS - 4 || i == physical.length - 1, "folded only when full: line " + i);
            assertEquals(i > 0, physical[i].startsWith(" "), "continuations start with a space");
            assertFalse(Character.isHighSurrogate(physical[i].charAt(physical[i].length() - 1)), "no character split: line " + i);
        }
        assertEquals("SUMMARY:" + summary, out.toString().replace("\r\n ", "").replace("\r\n", ""));
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        StringBuilder out = new StringBuilder();
        String line = "X".repeat(ICalendarWriter.MAX_LINE_OCTETS);
        ICalendarWriter.line(out, line);

        assertEquals(line + "\r\n", out.toString());
    }

    @Test
    void anEventMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> new ICalendarWriter.Event("x@sanling", STARTS, STARTS, "t", null, null));
    }
}
