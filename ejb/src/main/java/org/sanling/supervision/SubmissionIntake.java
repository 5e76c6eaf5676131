package org.sanling.supervision;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.area.Area;
import org.sanling.audit.AuditService;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Creates a submission in a transaction of its own, so that when two replays of one client UUID race,
 * the loser's unique-key violation rolls back only this attempt and {@link SubmissionService} can
 * answer with the winner's submission.
 */
@Stateless
public class SubmissionIntake {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubmissionNumbers numbers;

    @Inject
    private AuditService audit;

    @Inject
    private SearchOutbox outbox;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(NewSubmission filed, long submitterId, long categoryId, long areaId) {
        Instant now = clock.instant();
        Account submitter = em.find(Account.class, submitterId);
        Submission submission = new Submission(numbers.next(now), filed.clientId(), submitter, filed,
                em.find(Category.class, categoryId), em.find(Area.class, areaId), now);
        em.persist(submission);
        em.flush();
        audit.recordBy(submitter.getUsername(), "SUBMISSION_FILED", "submission", submission.getNumber(),
                submission.getType() + " " + submission.getTitle());
        outbox.announce(IndexedEntity.SUBMISSION, submission.getId());
        return submission.getId();
    }
}
