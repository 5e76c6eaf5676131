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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Creates submissions in a transaction of their own, so that when two replays of one client UUID race, the
 * loser's unique-key violation rolls back only this attempt and {@link SubmissionService} can answer with the
 * winner's submission. Submissions filed together ({@link SubmissionQueue}) are created in one transaction: one
 * lock of the yearly counter for a run of numbers, one commit.
 */
@Stateless
public class SubmissionIntake {

    /** A submission to create, checked and resolved by {@link SubmissionService}. */
    public record Request(NewSubmission filed, long submitterId, long categoryId, long areaId) {
    }

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

    /** Creates the submissions, numbered in their order; answers their ids in the same order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> createAll(List<Request> requests) {
        Instant now = clock.instant();
        Iterator<String> numbered = numbers.next(now, requests.size()).iterator();
        List<Submission> created = new ArrayList<>(requests.size());
        for (Request request : requests) {
            Submission submission = new Submission(numbered.next(), request.filed().clientId(),
                    em.find(Account.class, request.submitterId()), request.filed(),
                    em.find(Category.class, request.categoryId()), em.find(Area.class, request.areaId()), now);
            em.persist(submission);
            created.add(submission);
        }
        em.flush();
        for (Submission submission : created) {
            audit.recordBy(submission.getSubmitter().getUsername(), "SUBMISSION_FILED", "submission",
                    submission.getNumber(), submission.getType() + " " + submission.getTitle());
            outbox.announce(IndexedEntity.SUBMISSION, submission.getId());
        }
        return created.stream().map(Submission::getId).toList();
    }
}
