package org.sanling.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.search.DocumentPage;
import org.sanling.search.DocumentSource;
import org.sanling.search.HitVisibility;
import org.sanling.search.IndexedEntity;
import org.sanling.searchindex.SearchDocument;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Submissions as the search index holds them, read from the database ({@link SubmissionDocuments}), and who may
 * open which of them ({@link SubmissionService#visibleAmong}): what supervision contributes to search.
 */
@Stateless
@Local({DocumentSource.class, HitVisibility.class})
@PermitAll
public class SubmissionDocumentSource implements DocumentSource, HitVisibility {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubmissionService submissions;

    @Inject
    private Clock clock;

    @Override
    public IndexedEntity entity() {
        return IndexedEntity.SUBMISSION;
    }

    @Override
    public List<SearchDocument> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return em.createQuery("select s from Submission s join fetch s.category join fetch s.area where s.id in :ids",
                        Submission.class)
                .setParameter("ids", ids)
                .getResultList().stream().map(s -> SubmissionDocuments.of(s, now)).toList();
    }

    @Override
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

    @Override
    public long count() {
        return em.createQuery("select count(s) from Submission s", Long.class).getSingleResult();
    }

    /** The version is the stamp: every change of a submission raises it. */
    @Override
    public String stampQuery() {
        return "select e.id, e.version, e.createdAt from Submission e";
    }

    @Override
    public Set<Long> visibleAmong(List<Long> ids) {
        return submissions.visibleAmong(ids);
    }
}
