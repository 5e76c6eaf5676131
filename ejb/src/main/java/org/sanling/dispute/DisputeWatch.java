package org.sanling.dispute;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * What the disputes' jobs look for: return visits due (the mediator is reminded) and high-risk disputes open more
 * than {@link #HIGH_RISK_PATIENCE} (their street's leaders are notified), each dispute once however often and on
 * however many nodes the jobs run ({@link DisputeWatchStep}). Run by jobs, without a caller. Thread-safe (a
 * stateless bean).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DisputeWatch {

    /** A high-risk dispute still open this long after it was filed goes to its street's leaders. */
    public static final Duration HIGH_RISK_PATIENCE = Duration.ofDays(3);

    private static final Logger LOG = Logger.getLogger(DisputeWatch.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DisputeWatchStep step;

    /** Reminds the mediator of every dispute whose return visit is due by {@code now} and was not reminded of yet. */
    public WatchCounts remindFollowUps(Instant now) {
        List<Long> due = em.createQuery("""
                        select d.id from Dispute d
                        where d.status in :awaiting and d.followUpDue <= :now and d.followUpRemindedAt is null
                        and d.mediator is not null""", Long.class)
                .setParameter("awaiting", Arrays.stream(DisputeStatus.values()).filter(DisputeStatus::awaitsFollowUp).toList())
                .setParameter("now", now)
                .getResultList();
        return each(due, id -> step.remind(id, now));
    }

    /** Escalates every high-risk dispute open longer than {@link #HIGH_RISK_PATIENCE} and not escalated yet. */
    public WatchCounts escalateHighRisk(Instant now) {
        List<Long> due = em.createQuery("""
                        select d.id from Dispute d
                        where d.riskLevel = :high and d.status in :open and d.createdAt < :since and d.escalatedAt is null""",
                        Long.class)
                .setParameter("high", RiskLevel.HIGH)
                .setParameter("open", Arrays.stream(DisputeStatus.values()).filter(DisputeStatus::isOpen).toList())
                .setParameter("since", now.minus(HIGH_RISK_PATIENCE))
                .getResultList();
        return each(due, id -> step.escalate(id, now));
    }

    private static WatchCounts each(List<Long> ids, LongFunction<WatchCounts> action) {
        WatchCounts counts = WatchCounts.NONE;
        for (long id : ids) {
            try {
                counts = counts.plus(action.apply(id));
            } catch (EJBException failed) {
                // One dispute's failure must not stop the others; the next run tries it again.
                LOG.warning(() -> "dispute " + id + " was left for the next run: " + failed.getMessage());
            }
        }
        return counts;
    }
}
