package org.sanling.dispute;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.area.Area;
import org.sanling.audit.AuditService;
import org.sanling.legalaid.Consultation;
import org.sanling.platform.YearlyNumbers;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;
import org.sanling.supervision.Submission;

import java.time.Clock;
import java.time.Instant;

/**
 * Creates a dispute in a transaction of its own, so that when two replays of one client UUID race (or two people
 * turn the same submission into a dispute), the loser's unique-key violation rolls back only this attempt and
 * {@link DisputeService} can answer with the winner's dispute.
 */
@Stateless
public class DisputeIntake {

    /** The numbers' prefix: 矛盾 (MD-2026-000001). */
    private static final String KIND = "MD";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private YearlyNumbers numbers;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    private SearchOutbox outbox;

    /**
     * The new dispute's id.
     *
     * @param submissionId   the dispute submission it came from, or null
     * @param consultationId the referred consultation it came from, or null
     * @param patrolId       the patrol it came from, or null
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(NewDispute filed, long filerId, long kindId, long areaId, Long submissionId, Long consultationId,
                       Long patrolId) {
        Instant now = clock.instant();
        Account filer = em.find(Account.class, filerId);
        Dispute dispute = new Dispute(numbers.next(KIND, now), filer, filed, em.find(DisputeKind.class, kindId),
                em.find(Area.class, areaId), now);
        dispute.cameFrom(submissionId == null ? null : em.find(Submission.class, submissionId),
                consultationId == null ? null : em.find(Consultation.class, consultationId), patrolId);
        em.persist(dispute);
        em.flush();
        outbox.announce(IndexedEntity.DISPUTE, dispute.getId());
        audit.recordBy(filer.getUsername(), "DISPUTE_FILED", "dispute", dispute.getNumber(),
                dispute.getRiskLevel() + " " + dispute.getSource()
                        + (dispute.getSourceId() == null ? "" : " " + dispute.getSourceId()) + " " + dispute.getTitle());
        return dispute.getId();
    }
}
