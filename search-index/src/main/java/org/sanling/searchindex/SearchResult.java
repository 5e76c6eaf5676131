package org.sanling.searchindex;

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
 */
public record SearchResult(
        long total,
        long tookMs,
        List<SearchHit> hits,
        Map<FacetDimension, List<FacetValue>> facets,
        Optional<String> warning) {

    /** Copies the collections. */
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
