package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public iCalendar feed of legal-aid events, read without a login by a real RFC 5545 parser (ical4j),
 * as a phone calendar subscribing to it would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalAidCalendarIT {

    private static final String FEED = "/api/v1/legal-aid/events.ics";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    /** Schedules an information booth in 梦萦小区第1网格 as street-leader-a; answers the event. */
    private static JsonObject schedule(String title, String place, Instant start) {
        var reply = ApiClient.asDemo("street-leader-a").post("/api/v1/legal-aid/events", Json.createObjectBuilder()
                .add("kind", "INFO_BOOTH").add("title", title).add("place", place).add("areaCode", "410702001001001")
                .add("startsAt", start.toString()).add("endsAt", start.plus(Duration.ofHours(2)).toString())
                .add("topics", Json.createArrayBuilder().add("民法典").add("物业纠纷"))
                .add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "LAWYER").add("count", 1)))
                .build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static Optional<VEvent> byUid(Calendar calendar, String uid) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
    }

    @Test
    void upcomingEventsAreAPublicFeedThatAParserReadsBackWithTheirChineseText() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(2 + new Random().nextInt(60))).truncatedTo(ChronoUnit.MINUTES);
        String title = "民法典进社区：婚姻、继承，物业纠纷；答疑\\现场";
        String place = "梦萦小区文化广场，东门；近 3 路公交站";
        JsonObject event = schedule(title, place, start);
        JsonObject cancelled = schedule("已取消的普法摆摊", "梦萦小区北门", start.plus(Duration.ofDays(1)));
        assertEquals(200, ApiClient.asDemo("street-leader-a")
                .post("/api/v1/legal-aid/events/" + cancelled.getString("id") + "/cancel", Json.createObjectBuilder().build()).status());

        // Anonymous, and answered by the feed rather than taken for the event id "events.ics".
        var feed = ApiClient.anonymous().get(FEED);

        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.contentType().toLowerCase().replace(" ", "").startsWith("text/calendar;charset=utf-8"), feed.contentType());
        for (String line : feed.body().split("\r\n")) {
            assertFalse(line.contains("\n"), "lines end with CRLF");
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        assertEquals("三零法律服务活动", calendar.getProperty("X-WR-CALNAME").map(p -> ((Property) p).getValue()).orElse(null));

        VEvent booth = byUid(calendar, "legal-aid-event-" + event.getString("id") + "@sanling").orElseThrow(
                () -> new AssertionError("the event is in the feed:\n" + feed.body()));
        assertEquals("普法宣传摆摊：" + title, value(booth, Property.SUMMARY));
        assertEquals(place + "（" + event.getString("areaName") + "）", value(booth, Property.LOCATION));
        assertEquals("服务主题：民法典、物业纠纷", value(booth, Property.DESCRIPTION));
        assertEquals("CONFIRMED", value(booth, Property.STATUS));
        assertEquals(start, Instant.from(booth.getStartDate().orElseThrow().getDate()));
        assertEquals(start.plus(Duration.ofHours(2)), Instant.from(booth.getEndDate().orElseThrow().getDate()));
        assertTrue(byUid(calendar, "legal-aid-event-" + cancelled.getString("id") + "@sanling").isEmpty(),
                "a cancelled event leaves the feed");
    }
}
