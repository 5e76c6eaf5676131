package org.sanling.web.legalaid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.LegalAidService;

import java.time.Instant;
import java.util.List;

/**
 * Reads events with their staffing in one transaction: the shifts of an event's staffing campaign load
 * lazily, so they can only be counted while the service's answer is still attached. The service decides,
 * as always, what the caller may see.
 */
@ApplicationScoped
public class EventSummaries {

    @Inject
    private LegalAidService events;

    /** Events overlapping [from, to), soonest first. */
    @Transactional
    public List<EventSummary> between(Instant from, Instant to) {
        return events.list(from, to, null).stream().map(EventSummaries::summary).toList();
    }

    /** @throws org.sanling.legalaid.EventNotFoundException if there is no such event */
    @Transactional
    public EventSummary read(long id) {
        return summary(events.get(id));
    }

    private static EventSummary summary(LegalAidEvent event) {
        return new EventSummary(event, Staffing.of(event.getCampaign()));
    }
}
