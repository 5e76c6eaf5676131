package org.sanling.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * The hourly deadline scan: flags submissions that are open past their deadline and escalates each one level
 * up the area tree ({@link EscalationRule}) to that area's leaders, notifying them and the handler; if it
 * stays overdue for another allowed period, one level further ({@link DeadlinePolicy#escalationsDue}). Each
 * submission and level happens once, however often and on however many nodes it runs
 * ({@link SubmissionEscalation}). Run by a job, without a caller. Thread-safe (a stateless bean).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineScan {

    private static final Logger LOG = Logger.getLogger(DeadlineScan.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EscalationStep step;

    /** Escalates every overdue submission as far as it is due by {@code now}, each in a transaction of its own. */
    public ScanCounts scan(Instant now) {
        ScanCounts counts = ScanCounts.NONE;
        for (long id : due(now)) {
            try {
                counts = counts.plus(step.escalate(id, now));
            } catch (EJBException raced) {
                // Most likely another run escalated it at the same moment (the unique key refused the level).
                LOG.info(() -> "submission " + id + " was not escalated by this run: " + raced.getMessage());
            }
        }
        return counts;
    }

    /**
     * The overdue submissions that have a level due but not written, read without locks: those whose last
     * level found nobody above are done.
     */
    private List<Long> due(Instant now) {
        List<Object[]> rows = em.createQuery("""
                        select s.id, s.deadline, s.urgency, c,
                               (select count(e) from SubmissionEscalation e where e.submission = s),
                               (select count(e) from SubmissionEscalation e where e.submission = s and e.area is null)
                        from Submission s join s.category c
                        where s.status in :open and s.deadline < :now""", Object[].class)
                .setParameter("open", Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::isOpen).toList())
                .setParameter("now", now)
                .getResultList();
        return rows.stream()
                .filter(row -> (Long) row[5] == 0 && DeadlinePolicy.escalationsDue((Instant) row[1], (Urgency) row[2],
                        (Category) row[3], now, EscalationStep.MAX_LEVELS) > (Long) row[4])
                .map(row -> (Long) row[0])
                .toList();
    }
}
