package org.sanling.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.sanling.platform.Role;
import org.sanling.searchindex.Rebuild;
import org.sanling.searchindex.SearchDocument;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds this node's search index from the database, in the background, one rebuild at a time
 * (administrators only). Searches and the outbox indexer keep using the old index meanwhile. The
 * rebuild first reads the outbox's last sequence, then every indexed entity from its {@link DocumentSource}; the new
 * index records that sequence, and the outbox rows after it, written while the rebuild read, are
 * applied right after the swap, so no change is lost (see {@link OutboxApplier#swapIn}).
 *
 * <p>Progress is kept in memory: it describes this node since it started.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Role.ADMIN_NAME)
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class.getName());
    private static final int PAGE = 500;

    @Inject
    private SearchIndexes indexes;

    @Inject
    private OutboxIndexer indexer;

    @Inject
    private SearchOutbox outbox;

    @Inject
    private DocumentSources sources;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.NONE);

    /**
     * Starts a rebuild in the background and returns its progress at the start.
     *
     * @throws RebuildRunningException if a rebuild is running on this node
     */
    public RebuildProgress start() {
        RebuildProgress started = RebuildProgress.startedAt(clock.instant());
        RebuildProgress previous = progress.getAndUpdate(p -> p.running() ? p : started);
        if (previous.running()) {
            throw new RebuildRunningException();
        }
        executor.submit(this::rebuild);
        return started;
    }

    /** The running or latest rebuild; {@code startedAt} is null if none ran since this node started. */
    public RebuildProgress progress() {
        return progress.get();
    }

    private void addAll(Rebuild rebuild, DocumentSource source) throws IOException {
        long after = 0;
        DocumentPage page;
        while (!(page = source.after(after, PAGE)).documents().isEmpty()) {
            for (SearchDocument document : page.documents()) {
                rebuild.add(document);
            }
            after = page.lastId();
            int added = page.documents().size();
            progress.updateAndGet(p -> p.plus(added));
        }
    }

    private void rebuild() {
        try (Rebuild rebuild = indexes.index().beginRebuild()) {
            // The sequence before the data: rows after it may already be in the data, and applying them again is harmless.
            long sequence = outbox.lastSequence();
            long total = Arrays.stream(IndexedEntity.values()).mapToLong(e -> sources.of(e).count()).sum();
            progress.updateAndGet(p -> p.counted(total, sequence));
            for (IndexedEntity entity : IndexedEntity.values()) {
                addAll(rebuild, sources.of(entity));
            }
            indexer.swapIn(rebuild, sequence);
            progress.updateAndGet(p -> p.finishedAt(clock.instant()));
            LOG.info(() -> "search index rebuilt: " + progress.get());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "rebuilding the search index failed; the old index stays live", e);
            progress.updateAndGet(p -> p.failedAt(clock.instant(), e.toString()));
        }
    }
}
