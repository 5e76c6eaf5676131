package org.sanling.dispute;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sanling.search.DocumentPage;
import org.sanling.search.DocumentSource;
import org.sanling.search.IndexedEntity;
import org.sanling.searchindex.SearchDocument;

/** Disputes as the search index holds them, read from the database ({@link DisputeDocuments}). */
@Stateless
@Local(DocumentSource.class)
@PermitAll
public class DisputeDocumentSource implements DocumentSource {

    /** With the kind and the area: what the document is made of. */
    private static final String FETCHED = "select d from Dispute d join fetch d.kind join fetch d.area ";

    @PersistenceContext
    private EntityManager em;

    @Override
    public IndexedEntity entity() {
        return IndexedEntity.DISPUTE;
    }

    @Override
    public List<SearchDocument> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(FETCHED + "where d.id in :ids", Dispute.class)
                .setParameter("ids", ids)
                .getResultList().stream().map(DisputeDocuments::of).toList();
    }

    @Override
    public DocumentPage after(long afterId, int max) {
        List<Dispute> page = em.createQuery(FETCHED + "where d.id > :after order by d.id", Dispute.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
        return new DocumentPage(page.stream().map(DisputeDocuments::of).toList(),
                page.isEmpty() ? afterId : page.get(page.size() - 1).getId());
    }

    @Override
    public long count() {
        return em.createQuery("select count(d) from Dispute d", Long.class).getSingleResult();
    }

    @Override
    public String stampQuery() {
        return "select e.id, e.version, e.createdAt from Dispute e";
    }
}
