package org.sanling.searchindex;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.document.Document;

/**
 * A complete new index being built beside the live one, from {@link SearchIndex#beginRebuild()}.
 * Searches and updates keep using the live index until {@link #commitAndSwap(long)}; then the new
 * index replaces it in one step and the old one is deleted.
 *
 * <p>Usage: read the outbox sequence {@code s}, then every document from the database, then
 * {@code commitAndSwap(s)}; the indexer then re-applies outbox rows after {@code s} (updates are
 * idempotent), which brings in whatever changed while the rebuild ran.
 *
 * <p>{@link #add} may be called from several threads at once (indexing scales with them). Closing
 * a rebuild that was not swapped abandons it and deletes what it wrote.
 */
public final class Rebuild implements Closeable {

    private final SearchIndex owner;
    private final LiveIndex target;
    private boolean finished;

    Rebuild(SearchIndex owner, LiveIndex target) {
        this.owner = owner;
        this.target = target;
    }

    /**
     * Adds a document to the new index. Each id must be added at most once per rebuild: there is
     * nothing to replace in a fresh index, and skipping the lookup makes bulk indexing faster.
     */
    public void add(SearchDocument document) throws IOException {
        add(IndexSchema.toDocument(document));
    }

    /** Adds a Lucene document as it is; the benchmark uses it to build its baseline index. */
    void add(Document document) throws IOException {
        target.writer.addDocument(document);
    }

    /**
     * Waits for the new index's merges, commits it recording {@code outboxSequence}, and makes it
     * the live index atomically: searches running now finish on the old index, later ones see only
     * the new one.
     *
     * @throws IllegalStateException if already swapped or closed
     */
    public synchronized void commitAndSwap(long outboxSequence) throws IOException {
        if (finished) {
            throw new IllegalStateException("this rebuild is already finished");
        }
        target.settle();
        target.commit(outboxSequence);
        owner.swapIn(this, target);
        finished = true;
    }

    LiveIndex target() {
        return target;
    }

    /** Abandons the rebuild unless it was swapped in; idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (!finished) {
            finished = true;
            owner.abandon(this, target);
        }
    }
}
