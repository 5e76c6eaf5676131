package org.sanling.patrol;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.area.Area;
import org.sanling.audit.AuditService;
import org.sanling.supervision.Submission;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes patrols and their events, each in a transaction of its own, so that when two replays of one client UUID
 * race, the loser's unique-key violation rolls back only this attempt and {@link PatrolService} can answer with
 * the winner's.
 */
@Stateless
public class PatrolIntake {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(NewPatrol recorded, long handlerId, long gridId) {
        Account handler = em.find(Account.class, handlerId);
        Patrol patrol = new Patrol(recorded, handler, em.find(Area.class, gridId), clock.instant());
        em.persist(patrol);
        em.flush();
        audit.recordBy(handler.getUsername(), "PATROL_RECORDED", "patrol", String.valueOf(patrol.getId()),
                patrol.getArea().getCode() + " " + patrol.getStartedAt() + "/" + patrol.getEndedAt());
        return patrol.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long logEvent(long patrolId, UUID clientId, long submissionId, boolean handledOnSpot) {
        Instant now = clock.instant();
        PatrolEvent event = new PatrolEvent(em.find(Patrol.class, patrolId), clientId, em.find(Submission.class, submissionId),
                handledOnSpot, now);
        em.persist(event);
        em.flush();
        audit.record("PATROL_EVENT", "patrol", String.valueOf(patrolId),
                event.getSubmission().getNumber() + (handledOnSpot ? " on the spot" : " to the queue"));
        return event.getId();
    }
}
