package org.sanling.legalaid;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.search.DocumentPage;
import org.sanling.search.DocumentSource;
import org.sanling.search.IndexedEntity;
import org.sanling.searchindex.SearchDocument;

import java.util.List;

/** Consultations as the search index holds them, read from the database ({@link ConsultationDocuments}). */
@Stateless
@Local(DocumentSource.class)
@PermitAll
public class ConsultationDocumentSource implements DocumentSource {

    /** With the event, whose area is eager, and the topic: what the document is made of. */
    private static final String FETCHED = "select c from Consultation c join fetch c.event join fetch c.topic ";

    @PersistenceContext
    private EntityManager em;

    @Override
    public IndexedEntity entity() {
        return IndexedEntity.CONSULTATION;
    }

    @Override
    public List<SearchDocument> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(FETCHED + "where c.id in :ids", Consultation.class)
                .setParameter("ids", ids)
                .getResultList().stream().map(ConsultationDocuments::of).toList();
    }

    @Override
    public DocumentPage after(long afterId, int max) {
        List<Consultation> page = em.createQuery(FETCHED + "where c.id > :after order by c.id", Consultation.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
        return new DocumentPage(page.stream().map(ConsultationDocuments::of).toList(),
                page.isEmpty() ? afterId : page.get(page.size() - 1).getId());
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Consultation c", Long.class).getSingleResult();
    }

    @Override
    public String stampQuery() {
        return "select e.id, " + ConsultationDocuments.STAMP + "L, e.createdAt from Consultation e";
    }
}
