package org.sanling.searchindex;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}. Total, hits and facets all cover the same documents: those
 * inside the request's scope and filters that match the query.
 *
 * @param total   number of matching documents (exact)
 * @param tookMs  wall-clock time of the search in milliseconds, highlighting included
 * @param hits    the requested page, possibly empty, never null
 * @param facets  every {@link FacetDimension} is a key; each list is ordered by count descending,
 *                then key ascending, and holds only values with a count of at least 1
 * @param warning present when the query could not be understood as written and was searched as
 *                plain words instead; a short English sentence meant for logs and as a hint that
 *                the UI should say so
 * @param unmatched when the search found nothing, the words of the query that no document within its
 *                  scope and filters contains, each with the query without it; otherwise empty
 */
public record SearchResult(
        long total,
        long tookMs,
        List<SearchHit> hits,
        Map<FacetDimension, List<FacetValue>> facets,
        Optional<String> warning,
        List<UnmatchedWord> unmatched) implements Serializable {

    /** Copies the collections. */
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        unmatched = List.copyOf(unmatched);
    }

    /** This result with the words that found nothing. */
    SearchResult withUnmatched(List<UnmatchedWord> words) {
        return new SearchResult(total, tookMs, hits, facets, warning, words);
    }

    /** Serialized as {@link Form}: an {@link Optional} is not serializable, and a web page may keep a result. */
    private Object writeReplace() {
        return new Form(total, tookMs, hits, facets, warning.orElse(null), unmatched);
    }

    /** The serialized form: the warning is null when there is none. */
    private record Form(long total, long tookMs, List<SearchHit> hits, Map<FacetDimension, List<FacetValue>> facets,
                        String warning, List<UnmatchedWord> unmatched) implements Serializable {

        private Object readResolve() {
            return new SearchResult(total, tookMs, hits, facets, Optional.ofNullable(warning), unmatched);
        }
    }
}
