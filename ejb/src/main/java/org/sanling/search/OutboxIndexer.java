package org.sanling.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.searchindex.SearchIndex;
import org.sanling.supervision.Submission;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps this node's index true to the database by applying the search outbox in sequence order:
 * right after each commit that announces a change (the fast path), every five seconds (whatever the
 * fast path missed, for example on another node), and at start-up from the sequence the index recorded
 * in its last commit (after a crash nothing is lost; applying a row twice is harmless, updates are by id).
 * One application runs at a time; requests meanwhile are coalesced into one more run.
 */
@Singleton
@Startup
@DependsOn("SearchIndexes")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SearchIndexes indexes;

    @Inject
    private SearchOutbox outbox;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void catchUp() {
        executor.submit(this::applyPending);
    }

    /** The fast path: a transaction that announced changes has committed. */
    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Announced announced) {
        executor.submit(this::applyPending);
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sweep() {
        applyPending();
    }

    /** Applies every outbox row after the index's recorded sequence; returns how many. */
    public int applyPending() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        int applied = 0;
        try {
            do {
                again.set(false);
                applied += applyAll(indexes.index());
            } while (again.get());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "applying the search outbox failed; the next sweep tries again", e);
        } finally {
            running.set(false);
        }
        return applied;
    }

    private int applyAll(SearchIndex index) throws IOException {
        int applied = 0;
        long after = index.committedSequence().orElse(0);
        List<OutboxEntry> batch;
        while (!(batch = outbox.after(after, BATCH)).isEmpty()) {
            List<Long> ids = batch.stream().filter(e -> SearchOutbox.SUBMISSION.equals(e.getEntityType()))
                    .map(OutboxEntry::getEntityId).distinct().toList();
            Map<Long, Submission> found = em.createQuery("""
                            select s from Submission s join fetch s.category join fetch s.area where s.id in :ids""",
                            Submission.class)
                    .setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids)
                    .getResultStream().collect(Collectors.toMap(Submission::getId, Function.identity()));
            var now = clock.instant();
            for (Long id : ids) {
                Submission submission = found.get(id);
                if (submission == null) {
                    index.delete(SubmissionDocuments.id(id));
                } else {
                    index.upsert(SubmissionDocuments.of(submission, now));
                }
            }
            after = batch.get(batch.size() - 1).getSeq();
            index.commit(after);
            applied += batch.size();
            em.clear();
        }
        return applied;
    }
}
