package org.sanling.notification;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes notices for other features (in their transaction, so a notice exists exactly when its change
 * does) and lets each person read their own. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class NotificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    /**
     * Notifies one person. Callable by any feature on anyone's behalf, also from jobs without a caller.
     *
     * @param subject   what it is about, e.g. a campaign's title
     * @param subjectAt when that happens, or null
     * @param link      path inside the portal to open, or null
     */
    @PermitAll
    public void notify(Account recipient, NotificationKind kind, String subject, Instant subjectAt, String link) {
        em.persist(new Notification(recipient, kind, subject, subjectAt, link, clock.instant()));
    }

    /** My latest notices, newest first. */
    public List<Notification> mine(int max) {
        return em.createQuery("""
                        select n from Notification n where n.recipient.username = :me
                        order by n.createdAt desc, n.id desc""", Notification.class)
                .setParameter("me", currentCaller.get().username())
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    /** How many of my notices I have not read (the bell's badge). */
    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipient.username = :me and n.readAt is null",
                        Long.class)
                .setParameter("me", currentCaller.get().username())
                .getSingleResult();
    }

    /** Marks one of my notices read; someone else's is left alone, as if it did not exist. */
    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null && notification.recipientIs(currentCaller.get().username())) {
            notification.markRead(clock.instant());
        }
    }

    /** Marks all my notices read. */
    public void markAllRead() {
        em.createQuery("update Notification n set n.readAt = :now where n.readAt is null and n.recipient.id = "
                        + "(select a.id from Account a where a.username = :me)")
                .setParameter("now", clock.instant())
                .setParameter("me", currentCaller.get().username())
                .executeUpdate();
    }
}
