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
        // Everything read before the numbers are taken: the counter's lock is held from then until the commit.
        List<Account> submitters = requests.stream().map(r -> em.find(Account.class, r.submitterId())).toList();
        List<Category> categories = requests.stream().map(r -> em.find(Category.class, r.categoryId())).toList();
        List<Area> areas = requests.stream().map(r -> em.find(Area.class, r.areaId())).toList();
        List<String> numbered = numbers.next(now, requests.size());
        List<Submission> created = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            NewSubmission filed = requests.get(i).filed();
            Submission submission = new Submission(numbered.get(i), filed.clientId(), submitters.get(i), filed,
                    categories.get(i), areas.get(i), now);
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
