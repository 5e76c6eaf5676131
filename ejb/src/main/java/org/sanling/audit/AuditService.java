package org.sanling.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Records changes in the caller's transaction, so a change and its record commit or roll back together.
 * Thread-safe (a stateless bean).
 */
@Stateless
@PermitAll
public class AuditService {

    /** The actor of changes made by the portal itself (jobs, start-up). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /** Records a change made by the current caller. */
    public void record(String action, String entityType, Object entityId, String detail) {
        recordBy(session.getCallerPrincipal().getName(), action, entityType, entityId, detail);
    }

    /** Records a change made by the named actor (for example {@link #SYSTEM}, or a person registering). */
    public void recordBy(String actor, String action, String entityType, Object entityId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, entityType, String.valueOf(entityId), detail));
    }

    /** The entries about one entity, newest first. */
    public List<AuditEntry> history(String entityType, Object entityId) {
        return em.createQuery("""
                        select e from AuditEntry e where e.entityType = :type and e.entityId = :id
                        order by e.at desc, e.id desc""", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }
}
