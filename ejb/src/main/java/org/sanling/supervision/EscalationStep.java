package org.sanling.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.audit.AuditService;
import org.sanling.notification.NotificationKind;
import org.sanling.notification.NotificationService;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Escalates one overdue submission as far as it is due, in a transaction of its own, for {@link DeadlineScan}.
 * Each level's row, its notices and its audit record commit together; a concurrent run that wrote the same
 * level first makes this one fail on the row's unique key and roll back all of it, notices included.
 */
@Stateless
@PermitAll
public class EscalationStep {

    /** More levels than any area tree has. */
    static final int MAX_LEVELS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditService audit;

    @Inject
    private SearchOutbox outbox;

    /**
     * Writes the levels due by {@code now} that the submission has not had yet ({@link DeadlinePolicy#escalationsDue}),
     * each to the next area up that has leaders ({@link EscalationRule}), notifying its handler and those leaders.
     * When nobody above leads, the level is recorded without an area and no further level follows.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ScanCounts escalate(long id, Instant now) {
        Submission submission = em.find(Submission.class, id);
        if (submission == null || !submission.isOverdueAt(now)) {
            return ScanCounts.NONE;
        }
        List<SubmissionEscalation> done = of(submission);
        SubmissionEscalation last = done.isEmpty() ? null : done.get(done.size() - 1);
        if (last != null && last.getArea() == null) {
            return ScanCounts.NONE;
        }
        int due = DeadlinePolicy.escalationsDue(submission.getDeadline(), submission.getUrgency(), submission.getCategory(),
                now, MAX_LEVELS);
        String lastArea = last == null ? null : last.getArea().getCode();
        ScanCounts counts = ScanCounts.NONE;
        for (int level = done.size() + 1; level <= due; level++) {
            Optional<Area> up = EscalationRule.nextLevelUp(submission.getArea().lineage(), lastArea, code -> !leadersOf(code).isEmpty())
                    .map(this::area);
            if (up.isEmpty() && level > 1) {
                em.persist(new SubmissionEscalation(submission, level, null, now));
                break;
            }
            em.persist(new SubmissionEscalation(submission, level, up.orElse(null), now));
            em.flush(); // here a concurrent run's row of this level fails the whole item
            counts = counts.plus(announce(submission, level, up));
            if (up.isEmpty()) {
                break;
            }
            lastArea = up.get().getCode();
        }
        return counts;
    }

    /** The submission's escalations, lowest level first, with their areas; in the caller's transaction. */
    public List<SubmissionEscalation> of(Submission submission) {
        return em.createQuery("""
                        select e from SubmissionEscalation e left join fetch e.area
                        where e.submission = :submission order by e.level""", SubmissionEscalation.class)
                .setParameter("submission", submission)
                .getResultList();
    }

    /** Notifies the handler and the area's leaders, and records the level in the audit log. */
    private ScanCounts announce(Submission submission, int level, Optional<Area> to) {
        String subject = submission.getNumber() + " " + submission.getTitle();
        String link = "/submissions/detail.xhtml?id=" + submission.getId();
        int notified = 0;
        if (submission.getAssignee() != null) {
            notifications.notify(submission.getAssignee(), NotificationKind.OVERDUE_ESCALATED, subject, submission.getDeadline(), link);
            notified++;
        }
        for (Account leader : to.map(area -> leadersOf(area.getCode())).orElse(List.of())) {
            notifications.notify(leader, NotificationKind.ESCALATED_TO_YOU, subject, submission.getDeadline(), link);
            notified++;
        }
        audit.recordBy(AuditService.SYSTEM, "SUBMISSION_ESCALATED", "submission", submission.getNumber(),
                "level " + level + ": " + to.map(area -> area.getName() + " (" + area.getCode() + ")").orElse("nobody above leads"));
        if (level == 1) {
            outbox.announce(IndexedEntity.SUBMISSION, submission.getId()); // the index's overdue flag
        }
        return new ScanCounts(level == 1 ? 1 : 0, to.isPresent() ? 1 : 0, notified);
    }

    private Area area(String code) {
        return em.createQuery("select a from Area a where a.code = :code", Area.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private List<Account> leadersOf(String areaCode) {
        return em.createQuery("""
                        select a from Account a where a.homeArea.code = :code and :leader member of a.roles
                        order by a.username""", Account.class)
                .setParameter("code", areaCode)
                .setParameter("leader", Role.LEADER)
                .getResultList();
    }
}
