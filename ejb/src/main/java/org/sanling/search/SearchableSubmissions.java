package org.sanling.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.searchindex.SearchDocument;
import org.sanling.supervision.Submission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Submissions as the search index holds them, read from the database: by id for the outbox indexer,
 * page by page for a rebuild. Each call reads in a transaction of its own. For the indexing machinery
 * only; what a person may see is decided by {@link SearchService}.
 */
@Stateless
@PermitAll
public class SearchableSubmissions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The documents of those submissions among {@code ids} that exist, in no particular order. */
    public List<SearchDocument> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return em.createQuery("select s from Submission s join fetch s.category join fetch s.area where s.id in :ids",
                        Submission.class)
                .setParameter("ids", ids)
                .getResultList().stream().map(s -> SubmissionDocuments.of(s, now)).toList();
    }

    /** Up to {@code max} submissions with an id above {@code afterId}, in id order. */
    public DocumentPage after(long afterId, int max) {
        Instant now = clock.instant();
        List<Submission> page = em.createQuery("""
                        select s from Submission s join fetch s.category join fetch s.area
                        where s.id > :after order by s.id""", Submission.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
        return new DocumentPage(page.stream().map(s -> SubmissionDocuments.of(s, now)).toList(),
                page.isEmpty() ? afterId : page.get(page.size() - 1).getId());
    }

    public long count() {
        return em.createQuery("select count(s) from Submission s", Long.class).getSingleResult();
    }
}
