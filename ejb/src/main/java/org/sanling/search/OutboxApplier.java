package org.sanling.search;

import org.sanling.searchindex.Rebuild;
import org.sanling.searchindex.SearchDocument;
import org.sanling.searchindex.SearchIndex;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Applies the search outbox to an index in sequence order, starting after the sequence the index
 * recorded in its last commit and committing after each batch with the batch's last sequence. A crash
 * loses at most the changes since that commit, and the next run applies exactly those again; applying
 * a change twice is harmless, as each change upserts the entity's current state by id (or deletes it).
 *
 * <p>Sequences are taken when a row is written but become visible when its transaction commits, so a
 * row can appear after a higher one was applied. The numbers skipped are remembered as gaps and looked
 * for again on every run until they appear or {@link #GAP_PATIENCE} (longer than any transaction) has
 * passed; after a restart, the last {@code startupLookback} sequences are applied again, as a gap of the
 * previous run may still be open.
 *
 * <p>One run at a time: a request during a run is coalesced into one more run. A rebuild is swapped in
 * between runs ({@link #swapIn}), never during one, so that no run commits the old index's sequence
 * onto a replacement that lacks the changes behind it.
 *
 * <p>Thread-safe. Plain Java, so that the crash path is tested without a container.
 */
final class OutboxApplier {

    private static final Logger LOG = Logger.getLogger(OutboxApplier.class.getName());

    /**
     * One outbox row: the entity named changed (or was deleted) in the transaction of {@code sequence}. The entity
     * is empty when the row names one this version does not index (a newer node wrote it): such a row is logged
     * and counted ({@link #unknownChanges}), never silently dropped, and does not hold up the rows after it.
     */
    record Change(long sequence, Optional<IndexedEntity> entity, long entityId) {

        Change(long sequence, IndexedEntity entity, long entityId) {
            this(sequence, Optional.of(entity), entityId);
        }
    }

    /** What the applier reads from the database. */
    interface Source {

        /** Outbox rows after {@code sequence}, oldest first, at most {@code max}; never null. */
        List<Change> changesAfter(long sequence, int max);

        /** The outbox rows of those sequences that exist (committed), oldest first; never null. */
        List<Change> changesIn(Collection<Long> sequences);

        /** The current documents of those entities among {@code ids} that still exist; never null. */
        List<SearchDocument> documents(IndexedEntity entity, List<Long> ids);

        /** The highest sequence of a committed outbox row, 0 for an empty outbox. */
        long lastSequence();
    }

    /** How long a skipped sequence is looked for: longer than the transaction timeout, after which it was rolled back. */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(10);

    private final SearchIndex index;
    private final Source source;
    private final int batchSize;
    private final Clock clock;
    private final Map<Long, Instant> gaps = new HashMap<>();
    private long lookback;
    private boolean checkedAgainstTheDatabase;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicLong unknown = new AtomicLong();

    /**
     * @param startupLookback how many sequences before the recorded one the first run applies again
     */
    OutboxApplier(SearchIndex index, Source source, int batchSize, long startupLookback, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lookback = startupLookback;
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

    /**
     * Brings the documents of those entities in line with the database, as applying an outbox row for each
     * would: the existing ones upserted, the others deleted; then commits at the sequence the index holds.
     * Between runs, like {@link #swapIn}.
     *
     * @return how many of them it deleted
     */
    int repair(IndexedEntity entity, List<Long> ids) throws IOException {
        running.lock();
        try {
            int deleted = 0;
            for (int from = 0; from < ids.size(); from += batchSize) {
                deleted += apply(entity, ids.subList(from, Math.min(ids.size(), from + batchSize)));
            }
            index.commit(index.committedSequence().orElse(0));
            return deleted;
        } finally {
            running.unlock();
        }
    }

    /** How many rows naming an entity this version does not index were skipped since this applier was made. */
    long unknownChanges() {
        return unknown.get();
    }

    private int applyAll() throws IOException {
        if (!checkedAgainstTheDatabase) {
            startOverIfMadeFromAnotherDatabase();
            checkedAgainstTheDatabase = true;
        }
        int applied = applyGaps();
        long after = Math.max(0, index.committedSequence().orElse(0) - lookback);
        lookback = 0;
        List<Change> changes;
        while (!(changes = source.changesAfter(after, batchSize)).isEmpty()) {
            noteGaps(after, changes);
            apply(changes);
            after = Math.max(after, changes.get(changes.size() - 1).sequence());
            index.commit(Math.max(after, index.committedSequence().orElse(0)));
            applied += changes.size();
        }
        return applied;
    }

    /**
     * An index that recorded a sequence the outbox has never reached was not made from this database (the
     * database was replaced, or restored from a backup older than the index): nothing after its sequence
     * would ever be applied. It is replaced by an empty one, which the whole outbox then fills.
     */
    private void startOverIfMadeFromAnotherDatabase() throws IOException {
        long recorded = index.committedSequence().orElse(0);
        long last = source.lastSequence();
        if (recorded > last) {
            LOG.warning(() -> "the search index has applied the outbox up to " + recorded + " but the database's outbox"
                    + " ends at " + last + ": it belongs to another database and is filled again from the outbox");
            try (Rebuild empty = index.beginRebuild()) {
                empty.commitAndSwap(0);
            }
        }
    }

    /** Applies the rows of earlier gaps that have appeared since; forgets gaps older than the patience. */
    private int applyGaps() throws IOException {
        if (gaps.isEmpty()) {
            return 0;
        }
        List<Change> appeared = source.changesIn(List.copyOf(gaps.keySet()));
        appeared.forEach(c -> gaps.remove(c.sequence()));
        Instant givingUp = clock.instant().minus(GAP_PATIENCE);
        gaps.values().removeIf(seen -> seen.isBefore(givingUp));
        if (!appeared.isEmpty()) {
            apply(appeared);
            index.commit(index.committedSequence().orElse(0));
        }
        return appeared.size();
    }

    private void noteGaps(long after, List<Change> changes) {
        Instant now = clock.instant();
        long expected = after + 1;
        for (Change change : changes) {
            for (long missing = expected; missing < change.sequence(); missing++) {
                gaps.putIfAbsent(missing, now);
            }
            expected = Math.max(expected, change.sequence() + 1);
        }
    }

    private void apply(List<Change> changes) throws IOException {
        Map<IndexedEntity, Set<Long>> changed = new EnumMap<>(IndexedEntity.class);
        for (Change change : changes) {
            change.entity().ifPresentOrElse(
                    entity -> changed.computeIfAbsent(entity, e -> new LinkedHashSet<>()).add(change.entityId()),
                    () -> skipUnknown(change));
        }
        for (Map.Entry<IndexedEntity, Set<Long>> entry : changed.entrySet()) {
            apply(entry.getKey(), List.copyOf(entry.getValue()));
        }
    }

    private void skipUnknown(Change change) {
        long skipped = unknown.incrementAndGet();
        LOG.severe(() -> "search outbox row " + change.sequence() + " (id " + change.entityId() + ") names an entity"
                + " this version does not index; skipped, " + skipped + " such rows since start-up");
    }

    /** Upserts the entities' current documents and deletes those that no longer exist; returns how many it deleted. */
    private int apply(IndexedEntity entity, List<Long> ids) throws IOException {
        Set<String> present = new HashSet<>();
        for (SearchDocument document : source.documents(entity, ids)) {
            index.upsert(document);
            present.add(document.id());
        }
        int deleted = 0;
        for (Long id : ids) {
            if (!present.contains(entity.documentId(id))) {
                index.delete(entity.documentId(id));
                deleted++;
            }
        }
        return deleted;
    }
}
