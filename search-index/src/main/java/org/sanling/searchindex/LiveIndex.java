package org.sanling.searchindex;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One index directory with its writer and near-real-time searchers. Thread-safe, as the Lucene
 * classes it holds are.
 */
final class LiveIndex implements Closeable {

    /** Commit user data key of the outbox sequence the commit is current to. */
    static final String SEQUENCE_KEY = "outbox.sequence";

    /**
     * A rebuild flushes fewer, larger segments with a bigger buffer, which saves merging; near
     * real-time refreshes flush small segments whatever the size.
     */
    private static final double RAM_BUFFER_MB = 128;

    final Path path;
    final IndexWriter writer;
    final SearcherManager searchers;
    private final Directory directory;
    private final ConcurrentMergeScheduler merges;
    private volatile OptionalLong committedSequence;

    private LiveIndex(Path path, Directory directory, IndexWriter writer, ConcurrentMergeScheduler merges)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.merges = merges;
        this.committedSequence = readSequence(directory);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index at {@code path}, creating an empty one if there is none. */
    static LiveIndex open(Path path, Analyzer analyzer) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setMergeScheduler(merges)
                    // Only commit(sequence) commits, so a commit always records how current it is.
                    .setCommitOnClose(false);
            return new LiveIndex(path, directory, new IndexWriter(directory, config), merges);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    private static OptionalLong readSequence(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return OptionalLong.empty();
        }
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(SEQUENCE_KEY);
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    }

    OptionalLong committedSequence() {
        return committedSequence;
    }

    /** Makes every change so far durable, recording {@code sequence}, and visible to new searches. */
    void commit(long sequence) throws IOException {
        writer.setLiveCommitData(Map.of(SEQUENCE_KEY, Long.toString(sequence)).entrySet());
        writer.commit();
        committedSequence = OptionalLong.of(sequence);
        searchers.maybeRefreshBlocking();
    }

    /**
     * Flushes everything and waits for the merges that follow, so that an index about to go live
     * starts with its segments merged rather than merging under the first searches.
     */
    void settle() throws IOException {
        writer.flush();
        writer.maybeMerge();
        merges.sync();
    }

    /** Closes without committing: changes since the last commit are dropped. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer::rollback, directory);
    }
}
