package org.sanling.dispute;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.audit.AuditService;
import org.sanling.notification.NotificationKind;
import org.sanling.notification.NotificationService;

import java.time.Instant;
import java.util.List;

/**
 * Reminds or escalates one dispute for {@link DisputeWatch}, in a transaction of its own. The dispute's mark
 * ({@code follow_up_reminded_at}, {@code escalated_at}) is set by a conditional update first: of two runs at once,
 * the second waits for the first's row lock and then finds the mark set, so its notices never happen. The mark, the
 * notices, the timeline step and the audit record commit together.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DisputeWatchStep {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditService audit;

    /** Reminds the mediator of the return visit due, unless someone did already. */
    public WatchCounts remind(long id, Instant now) {
        if (!mark("followUpRemindedAt", id, now)) {
            return WatchCounts.NONE;
        }
        Dispute dispute = em.find(Dispute.class, id);
        notifications.notify(dispute.getMediator(), NotificationKind.DISPUTE_FOLLOW_UP_DUE, subject(dispute),
                dispute.getFollowUpDue(), link(dispute));
        dispute.note(AuditService.SYSTEM, "REMIND", dispute.getMediator().getUsername(), now);
        audit.recordBy(AuditService.SYSTEM, "DISPUTE_FOLLOW_UP_REMINDED", "dispute", dispute.getNumber(),
                dispute.getMediator().getUsername());
        return new WatchCounts(1, 1);
    }

    /** Notifies the leaders of the dispute's street that it is high-risk and still open, unless someone did already. */
    public WatchCounts escalate(long id, Instant now) {
        if (!mark("escalatedAt", id, now)) {
            return WatchCounts.NONE;
        }
        Dispute dispute = em.find(Dispute.class, id);
        String street = DisputeScope.streetCode(dispute.getAreaPath());
        List<Account> leaders = em.createQuery("""
                        select a from Account a where a.homeArea.code = :code and :leader member of a.roles
                        order by a.username""", Account.class)
                .setParameter("code", street)
                .setParameter("leader", Role.LEADER)
                .getResultList();
        leaders.forEach(leader -> notifications.notify(leader, NotificationKind.DISPUTE_ESCALATED, subject(dispute),
                dispute.getCreatedAt(), link(dispute)));
        String to = leaders.stream().map(Account::getUsername).reduce((a, b) -> a + ", " + b).orElse("-");
        dispute.note(AuditService.SYSTEM, "ESCALATE", street + ": " + to, now);
        audit.recordBy(AuditService.SYSTEM, "DISPUTE_ESCALATED", "dispute", dispute.getNumber(), street + ": " + to);
        return new WatchCounts(1, leaders.size());
    }

    /** Sets the mark if it is not set yet; whether this call set it. */
    private boolean mark(String field, long id, Instant now) {
        return em.createQuery("update Dispute d set d." + field + " = :now where d.id = :id and d." + field + " is null")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    private static String link(Dispute dispute) {
        return "/disputes/detail.xhtml?id=" + dispute.getId();
    }

    private static String subject(Dispute dispute) {
        return dispute.getNumber() + " " + dispute.getTitle();
    }
}
