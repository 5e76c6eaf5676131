package org.sanling.searchindex;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.IOUtils;
import org.sanling.searchindex.analysis.ChineseAnalyzers;
import org.sanling.searchindex.analysis.NearWords;
import org.sanling.searchindex.analysis.SimplifiedChinese;
import org.sanling.searchindex.analysis.UserDictionary;
import org.sanling.searchindex.analysis.WordSegmenter;

/**
 * The search index of the portal: one Lucene index on local disk, kept current by the caller's
 * outbox indexer, searched in near real time.
 *
 * <p>Writes ({@link #upsert}, {@link #delete}) become visible to searches after {@link #refresh()}
 * or {@link #commit(long)}, and durable only after {@link #commit(long)}, which also records the
 * outbox sequence the index is current to; after a restart {@link #committedSequence()} says where
 * to resume. {@link #close()} does not commit: a crash and a close lose the same changes, which the
 * outbox brings back.
 *
 * <p>Every method is thread-safe; searches never wait for writes, commits or a rebuild swap.
 */
public final class SearchIndex implements Closeable {

    private final IndexGenerations generations;
    private final Analyzer analyzer;
    private final Analyzer literal;
    private final WordSegmenter segmenter;
    private final Analyzer words;
    private final UserQueryParser parser;
    private final SearchExecutor executor;
    private final SimilarDocuments similar;
    private final UnmatchedWords unmatched;
    /** Writers share it; a swap takes it alone so no write lands in an index being replaced. */
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    private volatile LiveIndex live;
    /** The rebuild under way, or null. */
    private Rebuild rebuilding;

    private SearchIndex(Path root) throws IOException {
        generations = new IndexGenerations(root);
        literal = ChineseAnalyzers.literal();
        NearWords nearWords = NearWords.curated();
        segmenter = new WordSegmenter(new UserDictionary(nearWords));
        words = ChineseAnalyzers.words(segmenter);
        analyzer = IndexSchema.analyzer(literal, words);
        QueryWords queryWords = new QueryWords(segmenter);
        WordQueries wordQueries = new WordQueries(literal, queryWords, nearWords);
        SimplifiedChinese simplified = SimplifiedChinese.curated();
        parser = new UserQueryParser(wordQueries, simplified);
        unmatched = new UnmatchedWords(wordQueries, queryWords, simplified);
        HitReader hits = new HitReader(new Snippets(analyzer));
        executor = new SearchExecutor(hits);
        similar = new SimilarDocuments(new DraftWords(segmenter, literal), hits);
        Path current = generations.current();
        live = LiveIndex.open(current, analyzer);
        generations.deleteAllBut(current);
    }

    /**
     * Opens the index kept under {@code root} (a folder this index owns alone), creating an empty
     * one if there is none. Left-overs of an interrupted rebuild are deleted.
     */
    public static SearchIndex open(Path root) throws IOException {
        return new SearchIndex(Objects.requireNonNull(root, "root"));
    }

    /** Adds the document, or replaces the one with the same id. */
    public void upsert(SearchDocument document) throws IOException {
        swapLock.readLock().lock();
        try {
            live.writer.updateDocument(new Term(IndexSchema.ID, document.id()), IndexSchema.toDocument(document));
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** {@link #upsert} for each document, in order. */
    public void upsertAll(Collection<SearchDocument> documents) throws IOException {
        for (SearchDocument document : documents) {
            upsert(document);
        }
    }

    /** Removes the document with this id; nothing happens if there is none. */
    public void delete(String id) throws IOException {
        swapLock.readLock().lock();
        try {
            live.writer.deleteDocuments(new Term(IndexSchema.ID, Objects.requireNonNull(id, "id")));
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** Makes writes so far visible to searches that start after this returns. */
    public void refresh() throws IOException {
        swapLock.readLock().lock();
        try {
            live.searchers.maybeRefreshBlocking();
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /**
     * Makes writes so far durable and visible, and records that the index is now current to
     * {@code outboxSequence}.
     */
    public void commit(long outboxSequence) throws IOException {
        swapLock.readLock().lock();
        try {
            live.commit(outboxSequence);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** The outbox sequence recorded by the last commit, empty for an index never committed. */
    public OptionalLong committedSequence() {
        return live.committedSequence();
    }

    /** Number of documents visible to searches. */
    public int documentCount() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Per month of creation ({@link SearchDocument#MONTH_ZONE}), the {@link MonthTally} of the documents of
     * {@code kind} that searches see, to compare with the same tally of the database. One pass over doc values,
     * in memory proportional to the number of months; documents indexed before stamps were (none after an
     * upsert or a rebuild) are left out, so they show as missing.
     */
    public SortedMap<YearMonth, MonthTally> tallies(DocumentKind kind) throws IOException {
        Objects.requireNonNull(kind, "kind");
        return withSearcher(searcher -> StampReader.tallies(searcher, kind));
    }

    /**
     * The id and stamp of every document of {@code kind} created in {@code month} that searches see, for
     * finding which documents of a month whose {@link #tallies tally} differs are missing, stale or extra.
     */
    public Map<String, Long> stamps(DocumentKind kind, YearMonth month) throws IOException {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
        return withSearcher(searcher -> StampReader.stamps(searcher, kind, month));
    }

    /**
     * The portal's vocabulary, which queries and newly indexed titles are segmented with; the
     * application replaces a source's words whenever they change (see {@link UserDictionary}).
     */
    public UserDictionary vocabulary() {
        return segmenter.dictionary();
    }

    /**
     * Searches. A query the parser cannot understand does not fail: it is searched as plain words
     * and the result carries a warning. A query that finds nothing says which of its words no
     * document within the scope and filters contains ({@link SearchResult#unmatched()}).
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        UserQueryParser.ParsedQuery text = parser.parse(request.query());
        SearchResult result = search(text.query(), Filters.of(text.query(), request), request, text.warning(), start);
        if (result.total() > 0 || request.query() == null || request.query().isBlank()) {
            return result;
        }
        return result.withUnmatched(withSearcher(searcher -> unmatched.of(searcher, request)));
    }

    /**
     * The search pipeline after parsing, open to this package so that the benchmark can run other
     * queries (its SmartChinese-only baseline) through the same collection and highlighting.
     */
    SearchResult search(Query textQuery, Query query, SearchRequest request, Optional<String> warning, long startNanos)
            throws IOException {
        return withSearcher(searcher -> executor.run(searcher, textQuery, query, request, warning, startNanos));
    }

    /** {@link #search(SearchRequest)}'s query with every filter of {@code request}. */
    Query query(SearchRequest request) {
        return Filters.of(parser.parse(request.query()).query(), request);
    }

    /** Documents like a document or a draft, best first; empty when there is nothing to compare. */
    public List<SearchHit> similar(SimilarRequest request) throws IOException {
        return withSearcher(searcher -> similar.find(searcher, request));
    }

    /**
     * Starts building a complete new index beside the live one; see {@link Rebuild}.
     *
     * @throws IllegalStateException if another rebuild is under way
     */
    public synchronized Rebuild beginRebuild() throws IOException {
        if (rebuilding != null) {
            throw new IllegalStateException("a rebuild is already under way");
        }
        rebuilding = new Rebuild(this, LiveIndex.open(generations.next(), analyzer));
        return rebuilding;
    }

    synchronized void swapIn(Rebuild rebuild, LiveIndex replacement) throws IOException {
        checkRebuilding(rebuild);
        LiveIndex old;
        swapLock.writeLock().lock();
        try {
            generations.makeCurrent(replacement.path);
            old = live;
            live = replacement;
        } finally {
            swapLock.writeLock().unlock();
        }
        rebuilding = null;
        old.close();
        generations.deleteAllBut(replacement.path);
    }

    /** Closes and deletes the rebuild's index, unless closing this index already did. */
    synchronized void abandon(Rebuild rebuild, LiveIndex target) throws IOException {
        if (rebuilding != rebuild) {
            return;
        }
        rebuilding = null;
        target.close();
        generations.deleteAllBut(live.path);
    }

    private void checkRebuilding(Rebuild rebuild) {
        if (rebuilding != rebuild) {
            throw new IllegalStateException("not the rebuild under way");
        }
    }

    /** Closes the index without committing; an unfinished rebuild is abandoned. */
    @Override
    public synchronized void close() throws IOException {
        // The rebuild's own files are left for the next open to delete: its owner may be writing.
        LiveIndex abandoned = rebuilding == null ? null : rebuilding.target();
        rebuilding = null;
        IOUtils.close(abandoned, live, analyzer, literal, words, segmenter);
    }

    interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code task} on a current searcher. A swap may close the searcher manager we just read;
     * then the new live index is tried, so a search never fails because of a rebuild.
     */
    <T> T withSearcher(SearcherTask<T> task) throws IOException {
        while (true) {
            LiveIndex index = live;
            IndexSearcher searcher;
            try {
                searcher = index.searchers.acquire();
            } catch (AlreadyClosedException e) {
                if (index == live) {
                    throw e;
                }
                continue;
            }
            try {
                return task.run(searcher);
            } finally {
                index.searchers.release(searcher);
            }
        }
    }
}
