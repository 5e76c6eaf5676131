package org.sanling.searchindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanling.searchindex.Docs.ids;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetsAndScopeTest {

    private static final String DISTRICT = "410702";
    private static final String STREET_1 = "410702001";
    private static final String STREET_2 = "410702002";
    private static final String COMMUNITY_11 = "410702001001";
    private static final String COMMUNITY_12 = "410702001002";
    private static final String COMMUNITY_21 = "410702002001";

    @TempDir
    Path folder;
    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder);
        index.upsertAll(List.of(
                doc("a", COMMUNITY_11, "COMPLAINT", "城乡建设", "RECEIVED", "2025-01-15T04:00:00Z", DocumentKind.SUBMISSION, false),
                doc("b", COMMUNITY_11, "REQUEST", "城乡建设", "CLOSED", "2025-02-15T04:00:00Z", DocumentKind.SUBMISSION, true),
                doc("c", COMMUNITY_12, "COMPLAINT", null, "RECEIVED", "2025-02-20T04:00:00Z", DocumentKind.CONSULTATION, false),
                doc("d", COMMUNITY_21, "COMPLAINT", "环境保护", "RECEIVED", "2025-02-21T04:00:00Z", DocumentKind.SUBMISSION, true),
                // 17:00 UTC on 31 January is already February in China.
                doc("e", STREET_2, "COMPLAINT", "环境保护", "CLOSED", "2025-01-31T17:00:00Z", DocumentKind.EVENT, false)));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static SearchDocument doc(String id, String community, String type, String category, String status,
            String created, DocumentKind kind, boolean overdue) {
        List<String> path = community.length() == STREET_2.length()
                ? List.of(DISTRICT, community)
                : List.of(DISTRICT, community.substring(0, 9), community);
        return new SearchDocument(id, kind, null, "噪音扰民 " + id, "晚上施工噪音大。", community, null, path,
                type, category, status, Instant.parse(created), overdue, 0);
    }

    private SearchResult search(SearchRequest.Builder request) throws IOException {
        return index.search(request.query("噪音").page(0, 10).build());
    }

    @Test
    void scopeCoversHitsTotalAndFacets() throws IOException {
        SearchResult result = search(SearchRequest.builder().scope(STREET_1));

        assertEquals(3, result.total());
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(ids(result)));
        assertEquals(List.of(new FacetValue(COMMUNITY_11, 2), new FacetValue(COMMUNITY_12, 1)),
                result.facets().get(FacetDimension.AREA));
        assertEquals(List.of(new FacetValue("COMPLAINT", 2), new FacetValue("REQUEST", 1)),
                result.facets().get(FacetDimension.TYPE));
        assertEquals(List.of(new FacetValue("城乡建设", 2)), result.facets().get(FacetDimension.CATEGORY));
        assertEquals(List.of(new FacetValue("RECEIVED", 2), new FacetValue("CLOSED", 1)),
                result.facets().get(FacetDimension.STATUS));
        assertEquals(List.of(new FacetValue("2025-02", 2), new FacetValue("2025-01", 1)),
                result.facets().get(FacetDimension.MONTH));
    }

    @Test
    void withoutScopeAreaFacetCountsTheRoots() throws IOException {
        SearchResult result = search(SearchRequest.builder());

        assertEquals(5, result.total());
        assertEquals(List.of(new FacetValue(DISTRICT, 5)), result.facets().get(FacetDimension.AREA));
        assertEquals(List.of(new FacetValue("2025-02", 4), new FacetValue("2025-01", 1)),
                result.facets().get(FacetDimension.MONTH));
    }

    @Test
    void districtScopeCountsStreetsIncludingDocumentsOnTheStreetItself() throws IOException {
        SearchResult result = search(SearchRequest.builder().scope(DISTRICT));

        assertEquals(List.of(new FacetValue(STREET_1, 3), new FacetValue(STREET_2, 2)),
                result.facets().get(FacetDimension.AREA));
    }

    @Test
    void leafScopeHasNoAreaChildren() throws IOException {
        SearchResult result = search(SearchRequest.builder().scope(COMMUNITY_12));

        assertEquals(List.of("c"), ids(result));
        assertEquals(List.of(), result.facets().get(FacetDimension.AREA));
    }

    @Test
    void unknownScopeFindsNothing() throws IOException {
        SearchResult result = search(SearchRequest.builder().scope("999"));

        assertEquals(0, result.total());
        assertEquals(Set.of(), Set.copyOf(result.facets().values().stream().flatMap(List::stream).toList()));
    }

    @Test
    void filtersNarrowHitsAndFacets() throws IOException {
        assertEquals(Set.of("a", "c", "d", "e"), Set.copyOf(ids(search(SearchRequest.builder().type("COMPLAINT")))));
        assertEquals(Set.of("d", "e"), Set.copyOf(ids(search(SearchRequest.builder().category("环境保护")))));
        assertEquals(Set.of("b", "e"), Set.copyOf(ids(search(SearchRequest.builder().status("CLOSED")))));
        assertEquals(Set.of("c"), Set.copyOf(ids(search(SearchRequest.builder().kind(DocumentKind.CONSULTATION)))));
        assertEquals(Set.of("b", "d"), Set.copyOf(ids(search(SearchRequest.builder().overdue(true)))));
        SearchResult february = search(SearchRequest.builder()
                .created(Instant.parse("2025-02-15T04:00:00Z"), Instant.parse("2025-02-21T04:00:00Z")));
        assertEquals(Set.of("b", "c"), Set.copyOf(ids(february)));
        assertEquals(List.of(new FacetValue("2025-02", 2)), february.facets().get(FacetDimension.MONTH));
    }

    @Test
    void newestFirstAndPaging() throws IOException {
        SearchRequest.Builder newest = SearchRequest.builder().query("噪音").sort(SortOrder.NEWEST);

        assertEquals(List.of("d", "c"), ids(index.search(newest.page(0, 2).build())));
        SearchResult second = index.search(newest.page(1, 2).build());
        assertEquals(List.of("b", "e"), ids(second));
        assertEquals(5, second.total());
        assertEquals(List.of("a"), ids(index.search(newest.page(2, 2).build())));
        assertEquals(List.of(), ids(index.search(newest.page(3, 2).build())));
        assertEquals(Float.NaN, second.hits().get(0).score());
    }

    @Test
    void hitCarriesTheStoredFields() throws IOException {
        SearchHit hit = search(SearchRequest.builder().scope(COMMUNITY_12)).hits().get(0);

        assertEquals(new SearchHit("c", null, DocumentKind.CONSULTATION, "噪音扰民 c", "晚上施工<mark>噪音</mark>大。",
                COMMUNITY_12, null, "RECEIVED", Instant.parse("2025-02-20T04:00:00Z"), hit.score(), "COMPLAINT", null), hit);
    }
}
