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
import org.sanling.health.StartupSteps;
import org.sanling.searchindex.Rebuild;
import org.sanling.searchindex.SearchDocument;
import org.sanling.searchindex.SearchRequest;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this node's index true to the database by applying the search outbox in sequence order
 * ({@link OutboxApplier}): right after each commit that announces a change (the fast path), every five
 * seconds (whatever the fast path missed, for example on another node), and at start-up from the
 * sequence the index recorded in its last commit (after a crash nothing is lost; applying a row twice
 * is harmless, updates are by id).
 */
@Singleton
@Startup
@DependsOn("SearchIndexes")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
    private static final int BATCH = 500;
    /** Rows before the recorded sequence applied again at start-up: their transactions may have committed late. */
    private static final long STARTUP_LOOKBACK = 1000;
    private static final String WARM_UP_QUERY = "小区道路积水";

    @Inject
    private SearchIndexes indexes;

    @Inject
    private SearchOutbox outbox;

    @Inject
    private DocumentSources sources;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    private OutboxApplier applier;

    @PostConstruct
    void catchUp() {
        applier = new OutboxApplier(indexes.index(), new OutboxApplier.Source() {
            @Override
            public List<OutboxApplier.Change> changesAfter(long sequence, int max) {
                return outbox.after(sequence, max).stream().map(OutboxIndexer::change).toList();
            }

            @Override
            public List<OutboxApplier.Change> changesIn(Collection<Long> sequences) {
                return outbox.in(sequences).stream().map(OutboxIndexer::change).toList();
            }

            @Override
            public List<SearchDocument> documents(IndexedEntity entity, List<Long> ids) {
                return sources.of(entity).documents(ids);
            }

            @Override
            public long lastSequence() {
                return outbox.lastSequence();
            }
        }, BATCH, STARTUP_LOOKBACK, clock);
        executor.submit(() -> {
            applyPending();
            warmUp();
            StartupSteps.done(StartupSteps.SEARCH_INDEX);
        });
    }

    /**
     * One search through the whole path (query words, SmartChinese with its dictionaries, facets), so that the
     * first leader's search after a start does not pay for loading them (about two seconds).
     */
    private void warmUp() {
        try {
            indexes.index().search(SearchRequest.builder().query(WARM_UP_QUERY).page(0, 1).build());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the warm-up search failed; the first real one loads what it needs", e);
        }
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
        try {
            return applier.applyPending();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "applying the search outbox failed; the next sweep tries again", e);
            return 0;
        }
    }

    /**
     * Re-indexes those entities from the database, deleting the documents of those that are gone; see
     * {@link OutboxApplier#repair}.
     *
     * @return how many documents it deleted
     */
    public int repair(IndexedEntity entity, List<Long> ids) throws IOException {
        return applier.repair(entity, ids);
    }

    /** Makes a finished rebuild live and brings it up to date; see {@link OutboxApplier#swapIn}. */
    public void swapIn(Rebuild rebuild, long sequence) throws IOException {
        applier.swapIn(rebuild, sequence);
    }

    private static OutboxApplier.Change change(OutboxEntry entry) {
        return new OutboxApplier.Change(entry.getSeq(), entry.getEntity(), entry.getEntityId());
    }
}
