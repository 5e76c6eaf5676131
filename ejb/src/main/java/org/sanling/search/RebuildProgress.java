package org.sanling.search;

import java.io.Serializable;
import java.time.Instant;

/**
 * How the latest rebuild of this node's search index went, or is going.
 *
 * @param running    true from the start until the new index is live or the rebuild failed
 * @param done       submissions written to the new index so far
 * @param total      submissions in the database when the rebuild started (new ones may make
 *                   {@code done} end above it), 0 until counted
 * @param startedAt  null if no rebuild ran since this node started
 * @param finishedAt null while running or if none ran
 * @param sequence   the outbox sequence the new index holds the database to (later rows are applied
 *                   after the swap), null until read
 * @param error      what went wrong, for administrators and the log; null unless the rebuild failed
 */
public record RebuildProgress(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
                              Long sequence, String error) implements Serializable {

    /** No rebuild since this node started. */
    static final RebuildProgress NONE = new RebuildProgress(false, 0, 0, null, null, null, null);

    static RebuildProgress startedAt(Instant start) {
        return new RebuildProgress(true, 0, 0, start, null, null, null);
    }

    RebuildProgress counted(long totalDocuments, long outboxSequence) {
        return new RebuildProgress(running, done, totalDocuments, startedAt, finishedAt, outboxSequence, error);
    }

    RebuildProgress plus(long documents) {
        return new RebuildProgress(running, done + documents, total, startedAt, finishedAt, sequence, error);
    }

    RebuildProgress finishedAt(Instant end) {
        return new RebuildProgress(false, done, total, startedAt, end, sequence, error);
    }

    RebuildProgress failedAt(Instant end, String why) {
        return new RebuildProgress(false, done, total, startedAt, end, sequence, why);
    }

    /** Whole percent of the submissions done, 0 to 100. */
    public int percent() {
        return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}
