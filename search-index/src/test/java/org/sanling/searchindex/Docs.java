package org.sanling.searchindex;

import java.time.Instant;
import java.util.List;

/** Terse construction of test documents: a submission in grid 410702001001001 unless changed. */
final class Docs {

    static final Instant CREATED = Instant.parse("2025-03-10T02:00:00Z");
    static final List<String> GRID_PATH = List.of("410702", "410702001", "410702001001", "410702001001001");

    private Docs() {
    }

    static SearchDocument doc(String id, String title, String content) {
        return in(GRID_PATH, id, title, content);
    }

    static SearchDocument in(List<String> areaPath, String id, String title, String content) {
        String areaCode = areaPath.get(areaPath.size() - 1);
        return new SearchDocument(id, DocumentKind.SUBMISSION, null, title, content, areaCode, "区域" + areaCode,
                areaPath, "COMPLAINT", null, "RECEIVED", CREATED, false, 0);
    }

    static SearchRequest query(String text) {
        return SearchRequest.builder().query(text).build();
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
