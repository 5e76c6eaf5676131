package org.sanling.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Announces changes to searchable entities. {@link #announce} joins the caller's transaction and
 * refuses to run without one, so the announcement commits exactly when the change does.
 */
@Stateless
@PermitAll
public class SearchOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<Announced> announced;

    /** Fired with each announcement; observers that care about the commit observe AFTER_SUCCESS. */
    public record Announced(IndexedEntity entity, long entityId) {
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void announce(IndexedEntity entity, long entityId) {
        em.persist(new OutboxEntry(entity, entityId, clock.instant()));
        announced.fire(new Announced(entity, entityId));
    }

    /** Entries after the given sequence number, oldest first, at most {@code max}. */
    public List<OutboxEntry> after(long seq, int max) {
        return em.createQuery("select e from OutboxEntry e where e.seq > :seq order by e.seq", OutboxEntry.class)
                .setParameter("seq", seq)
                .setMaxResults(max)
                .getResultList();
    }

    /** The rows of those sequences that exist, oldest first. */
    public List<OutboxEntry> in(Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from OutboxEntry e where e.seq in :seqs order by e.seq", OutboxEntry.class)
                .setParameter("seqs", sequences)
                .getResultList();
    }

    /** The highest sequence number written so far, 0 for an empty outbox. */
    public long lastSequence() {
        Long last = em.createQuery("select max(e.seq) from OutboxEntry e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
