package org.sanling.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.legalaid.Consultation;
import org.sanling.searchindex.SearchDocument;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Consultations as the search index holds them, read from the database: by id for the outbox indexer,
 * page by page for a rebuild; and the events that consultation hits lead to. Each call reads in a
 * transaction of its own. For the indexing machinery and the search pages only; what a person may see is
 * decided by {@link SearchService}.
 */
@Stateless
@PermitAll
public class SearchableConsultations {

    /** With the event, whose area is eager, and the topic: what the document is made of. */
    private static final String FETCHED = "select c from Consultation c join fetch c.event join fetch c.topic ";

    @PersistenceContext
    private EntityManager em;

    /** The documents of those consultations among {@code ids} that exist, in no particular order. */
    public List<SearchDocument> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(FETCHED + "where c.id in :ids", Consultation.class)
                .setParameter("ids", ids)
                .getResultList().stream().map(ConsultationDocuments::of).toList();
    }

    /** Up to {@code max} consultations with an id above {@code afterId}, in id order. */
    public DocumentPage after(long afterId, int max) {
        List<Consultation> page = em.createQuery(FETCHED + "where c.id > :after order by c.id", Consultation.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
        return new DocumentPage(page.stream().map(ConsultationDocuments::of).toList(),
                page.isEmpty() ? afterId : page.get(page.size() - 1).getId());
    }

    public long count() {
        return em.createQuery("select count(c) from Consultation c", Long.class).getSingleResult();
    }

    /** The event each of the consultations was logged at, by consultation id; ids that do not exist are left out. */
    public Map<Long, Long> eventIds(Collection<Long> consultationIds) {
        if (consultationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.id, c.event.id from Consultation c where c.id in :ids", Object[].class)
                .setParameter("ids", consultationIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
