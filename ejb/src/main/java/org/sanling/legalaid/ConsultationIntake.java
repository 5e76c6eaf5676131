package org.sanling.legalaid;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.audit.AuditService;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;
import org.sanling.supervision.Submission;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a consultation in a transaction of its own, under the event's row lock, so that two replays of
 * one client UUID racing each other record it once: the second finds the first.
 */
@Stateless
public class ConsultationIntake {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private SearchOutbox outbox;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Logged record(long eventId, long loggedById, NewConsultation logged, long topicId, Long submissionId) {
        em.createNativeQuery("SELECT id FROM legal_aid_event WHERE id = ? FOR UPDATE").setParameter(1, eventId).getResultList();
        Account loggedBy = em.find(Account.class, loggedById);
        Optional<Consultation> earlier = earlier(loggedBy, logged.clientId());
        if (earlier.isPresent()) {
            return new Logged(earlier.get(), false);
        }
        Consultation consultation = new Consultation(em.find(LegalAidEvent.class, eventId), logged.clientId(), loggedBy,
                em.find(LegalTopic.class, topicId), blankToNull(logged.summary()), logged.outcome(),
                blankToNull(logged.citizenName()), blankToNull(logged.citizenPhone()),
                submissionId == null ? null : em.find(Submission.class, submissionId), clock.instant());
        em.persist(consultation);
        audit.recordBy(loggedBy.getUsername(), "CONSULTATION_LOGGED", "consultation", consultation.getId(),
                consultation.getTopic().getName() + " " + consultation.getOutcome());
        outbox.announce(IndexedEntity.CONSULTATION, consultation.getId());
        return new Logged(consultation, true);
    }

    /** The consultation the person logged before with this client UUID, if any. */
    public Optional<Consultation> earlier(Account loggedBy, UUID clientId) {
        return em.createQuery("select c from Consultation c where c.loggedBy = :who and c.clientId = :client", Consultation.class)
                .setParameter("who", loggedBy)
                .setParameter("client", clientId)
                .getResultStream().findFirst();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
