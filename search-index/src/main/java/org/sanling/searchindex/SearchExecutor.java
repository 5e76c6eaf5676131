package org.sanling.searchindex;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Runs one search in a single pass over the matches: the top hits and the facet counts are
 * collected together (a counting pass plus a pruned top-hits pass measured no faster on a million
 * documents), then only the requested page is read and highlighted. Thread-safe.
 */
final class SearchExecutor {

    private static final SortField NEWEST = LongField.newSortField(IndexSchema.CREATED, true, SortedNumericSelector.Type.MAX);
    private static final Sort NEWEST_FIRST = new Sort(NEWEST);
    /** Equal scores are frequent (the same words in texts of the same length): the newer first. */
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, NEWEST);

    private final HitReader hits;

    SearchExecutor(HitReader hits) {
        this.hits = hits;
    }

    /**
     * @param textQuery   what the user typed, for highlighting
     * @param query       {@code textQuery} with every filter of the request, for matching
     * @param startNanos  {@link System#nanoTime()} when the request arrived
     */
    SearchResult run(IndexSearcher searcher, Query textQuery, Query query, SearchRequest request,
            Optional<String> warning, long startNanos) throws IOException {
        int window = (request.page() + 1) * request.size();
        boolean byRelevance = request.sort() == SortOrder.RELEVANCE;
        CollectorManager<?, ? extends TopDocs> top =
                new TopFieldCollectorManager(byRelevance ? BEST_THEN_NEWEST : NEWEST_FIRST, window, window);
        Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounter(request.scopeAreaCode())));
        TopDocs topDocs = (TopDocs) results[0];
        FacetCounter.Counts counts = (FacetCounter.Counts) results[1];
        if (byRelevance) {
            // Sorting by score keeps each hit's score in its sort values, not in the hit.
            for (ScoreDoc hit : topDocs.scoreDocs) {
                hit.score = (Float) ((FieldDoc) hit).fields[0];
            }
        }
        ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs,
                Math.min(request.page() * request.size(), topDocs.scoreDocs.length), topDocs.scoreDocs.length);
        List<SearchHit> pageHits = hits.read(searcher, page, textQuery, byRelevance);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        return new SearchResult(counts.total(), tookMs, pageHits, counts.facets(), warning, List.of());
    }
}
