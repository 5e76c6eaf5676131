package org.sanling.legalaid;

import org.sanling.area.Area;
import org.sanling.search.IndexedEntity;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a consultation appears in the search index: its topic and summary, the event's title and place,
 * in the event's area (so a leader's scope filters it like a submission), with its outcome as the status.
 * The citizen's name and phone never go in, nor who logged it: search results are seen by more people
 * than may see them.
 */
final class ConsultationDocuments {

    /** Consultations never change once logged: one stamp for all. */
    static final long STAMP = 0;

    private ConsultationDocuments() {
    }

    static SearchDocument of(Consultation c) {
        LegalAidEvent event = c.getEvent();
        Area area = event.getArea();
        String topic = c.getTopic().getName();
        String title = c.getSummary() == null ? topic : topic + "：" + c.getSummary();
        String content = Stream.of(c.getSummary(), event.getTitle(), event.getPlace()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return new SearchDocument(IndexedEntity.CONSULTATION.documentId(c.getId()), DocumentKind.CONSULTATION, null,
                title, content, area.getCode(), area.getName(), area.lineage(), null, topic, c.getOutcome().name(),
                c.getCreatedAt(), false, STAMP);
    }
}
