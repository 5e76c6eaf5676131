package org.sanling.search;

import org.sanling.searchindex.Rebuild;
import org.sanling.searchindex.SearchDocument;
import org.sanling.searchindex.SearchIndex;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies the search outbox to an index in sequence order, starting after the sequence the index
 * recorded in its last commit and committing after each batch with the batch's last sequence. A crash
 * loses at most the changes since that commit, and the next run applies exactly those again; applying
 * a change twice is harmless, as each change upserts the entity's current state by id (or deletes it).
 *
 * <p>One run at a time: a request during a run is coalesced into one more run. A rebuild is swapped in
 * between runs ({@link #swapIn}), never during one, so that no run commits the old index's sequence
 * onto a replacement that lacks the changes behind it.
 *
 * <p>Thread-safe. Plain Java, so that the crash path is tested without a container.
 */
final class OutboxApplier {

    /** One outbox row: the entity named changed (or was deleted) in the transaction of {@code sequence}. */
    record Change(long sequence, String entityType, long entityId) {
    }

    /** What the applier reads from the database. */
    interface Source {

        /** Outbox rows after {@code sequence}, oldest first, at most {@code max}; never null. */
        List<Change> changesAfter(long sequence, int max);

        /** The current documents of those submissions among {@code ids} that still exist; never null. */
        List<SearchDocument> submissions(List<Long> ids);
    }

    private final SearchIndex index;
    private final Source source;
    private final int batchSize;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    OutboxApplier(SearchIndex index, Source source, int batchSize) {
        this.index = Objects.requireNonNull(index, "index");
        this.source = Objects.requireNonNull(source, "source");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * Applies every outbox row after the index's recorded sequence and returns how many it applied; 0
     * when another run is under way, which then runs once more.
     */
    int applyPending() throws IOException {
        int applied = 0;
        do {
            if (!running.tryLock()) {
                again.set(true);
                return applied;
            }
            try {
                again.set(false);
                applied += applyAll();
            } finally {
                running.unlock();
            }
            // Checked after unlocking too: a request that found the lock taken just before must not be lost.
        } while (again.get());
        return applied;
    }

    /**
     * Makes {@code rebuild} the live index, recording that it holds the database as of {@code sequence},
     * then applies the outbox after that sequence: whatever changed while the rebuild read the database.
     * Waits for a run under way, and no run starts until this returns.
     */
    void swapIn(Rebuild rebuild, long sequence) throws IOException {
        running.lock();
        try {
            rebuild.commitAndSwap(sequence);
            applyAll();
        } finally {
            running.unlock();
        }
    }

    private int applyAll() throws IOException {
        int applied = 0;
        long after = index.committedSequence().orElse(0);
        List<Change> changes;
        while (!(changes = source.changesAfter(after, batchSize)).isEmpty()) {
            List<Long> ids = changes.stream().filter(c -> SearchOutbox.SUBMISSION.equals(c.entityType()))
                    .map(Change::entityId).distinct().toList();
            Set<String> present = new HashSet<>();
            for (SearchDocument document : ids.isEmpty() ? List.<SearchDocument>of() : source.submissions(ids)) {
                index.upsert(document);
                present.add(document.id());
            }
            for (Long id : ids) {
                if (!present.contains(SubmissionDocuments.id(id))) {
                    index.delete(SubmissionDocuments.id(id));
                }
            }
            after = changes.get(changes.size() - 1).sequence();
            index.commit(after);
            applied += changes.size();
        }
        return applied;
    }
}
