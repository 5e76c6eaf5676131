package org.sanling.search;

import org.junit.jupiter.api.Test;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchHit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Possible duplicates for someone who does not govern the area: only what they may open, best first. */
class SimilarScopeTest {

    private static SearchHit hit(long submissionId) {
        return new SearchHit(IndexedEntity.SUBMISSION.documentId(submissionId), "SQ-" + submissionId, DocumentKind.SUBMISSION,
                "title " + submissionId, null, "410702001001001", "网格", "SUBMITTED", Instant.EPOCH, 1f, null, null);
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> IndexedEntity.SUBMISSION.databaseId(h.id()).orElseThrow()).toList();
    }

    @Test
    void hitsTheCallerMayNotOpenAreLeftOutEntirely() {
        List<SearchHit> candidates = List.of(hit(11), hit(12), hit(13), hit(14));
        assertEquals(List.of(12L, 14L), ids(SearchService.openableFirst(candidates, Set.of(12L, 14L))));
        assertEquals(List.of(), SearchService.openableFirst(candidates, Set.of()), "nothing, not even a placeholder");
    }

    @Test
    void theOpenableAmongManyCandidatesAreShownInRankOrderUpToFive() {
        List<SearchHit> candidates = IntStream.rangeClosed(1, SearchService.SIMILAR_CANDIDATES).mapToObj(SimilarScopeTest::hit).toList();
        Set<Long> openable = Set.of(50L, 3L, 40L, 7L, 9L, 20L, 33L);
        assertEquals(List.of(3L, 7L, 9L, 20L, 33L), ids(SearchService.openableFirst(candidates, openable)));
    }
}
