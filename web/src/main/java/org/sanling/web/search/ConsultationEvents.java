package org.sanling.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sanling.legalaid.ConsultationService;
import org.sanling.search.IndexedEntity;
import org.sanling.searchindex.SearchHit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where consultation hits lead: the event each was logged at, for the search page and its API alike. */
@ApplicationScoped
public class ConsultationEvents {

    @Inject
    private ConsultationService consultations;

    /** The event each consultation among the hits was logged at, by hit id; other hits are left out. */
    public Map<String, Long> of(List<SearchHit> hits) {
        Map<Long, String> hitIds = new HashMap<>();
        hits.forEach(h -> IndexedEntity.CONSULTATION.databaseId(h.id()).ifPresent(id -> hitIds.put(id, h.id())));
        Map<String, Long> events = new HashMap<>();
        consultations.eventsOf(hitIds.keySet()).forEach((consultation, event) -> events.put(hitIds.get(consultation), event));
        return events;
    }
}
