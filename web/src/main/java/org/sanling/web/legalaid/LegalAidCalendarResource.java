package org.sanling.web.legalaid;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.LegalAidService;
import org.sanling.legalaid.LegalTopic;
import org.sanling.web.i18n.Messages;
import org.sanling.web.i18n.Times;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/legal-aid/events.ics}: the upcoming events that take place, as an iCalendar feed a
 * phone calendar subscribes to. Public, like the calendar page (web.xml leaves this one URL open). A
 * resource of its own: its literal path outranks {@code legal-aid/events/{id}} of {@link LegalAidResource}.
 */
@Path("legal-aid/events.ics")
public class LegalAidCalendarResource {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    /** How far ahead the feed looks. */
    static final Duration AHEAD = Duration.ofDays(90);

    private static final String PRODUCT_ID = "-//Sanling//Legal-aid events//ZH";

    /** Subscribed calendars send no useful Accept-Language, and the events are held in Chinese: the feed is Chinese. */
    private static final Locale LANGUAGE = Messages.CHINESE;

    @Inject
    private LegalAidService events;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @SecurityRequirements
    @GET
    @Produces(MEDIA_TYPE)
    public String feed() {
        Instant now = clock.instant();
        var calendar = new ICalendarWriter.Calendar(PRODUCT_ID, Messages.text(LANGUAGE, "legalAid.calendar.name"),
                Times.SHANGHAI.getId(), Messages.text(LANGUAGE, "legalAid.calendar.organizer"),
                uri.getBaseUriBuilder().replacePath(request.getContextPath() + "/").build());
        return ICalendarWriter.feed(calendar, events.upcoming(now.plus(AHEAD)).stream().map(this::entry).toList(), now);
    }

    private ICalendarWriter.Event entry(LegalAidEvent event) {
        String topics = event.getTopics().stream().map(LegalTopic::getName).collect(Collectors.joining("、"));
        return new ICalendarWriter.Event(uid(event), event.getStartsAt(), event.getEndsAt(),
                Messages.text(LANGUAGE, "legalAid.calendar.summary", event.getKind(), event.getTitle()),
                Messages.text(LANGUAGE, "legalAid.calendar.location", event.getPlace(), event.getArea().getName()),
                topics.isEmpty() ? null : Messages.text(LANGUAGE, "legalAid.calendar.topics", topics));
    }

    /** Stable for the event's life, so a subscribed calendar updates it in place. */
    private static String uid(LegalAidEvent event) {
        return "legal-aid-event-" + event.getId() + "@sanling";
    }
}
