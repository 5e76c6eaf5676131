package org.sanling.web.legalaid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.LegalAidService;

import java.time.Instant;
import java.util.List;

/**
 * Events with their staffing per role, for the pages that list them; {@link LegalAidService} returns each event
 * with its staffing loaded and decides, as always, what the caller may see.
 */
@ApplicationScoped
public class EventSummaries {

    @Inject
    private LegalAidService events;

    /** Events overlapping [from, to), soonest first. */
    public List<EventSummary> between(Instant from, Instant to) {
        return events.list(from, to, null).stream().map(EventSummaries::summary).toList();
    }

    /** @throws org.sanling.legalaid.EventNotFoundException if there is no such event */
    public EventSummary read(long id) {
        return summary(events.get(id));
    }

    private static EventSummary summary(LegalAidEvent event) {
        return new EventSummary(event, Staffing.of(event.getCampaign()));
    }
}
