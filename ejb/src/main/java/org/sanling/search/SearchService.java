package org.sanling.search;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.platform.OutOfScopeException;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.FacetDimension;
import org.sanling.searchindex.SearchHit;
import org.sanling.searchindex.SearchRequest;
import org.sanling.searchindex.SearchResult;
import org.sanling.searchindex.SimilarRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Searching the archive of submissions and legal-aid consultations. The caller's scope is a filter
 * inside the index query, so results, counts, facets and snippets never show anything outside it:
 * admins search everything, leaders their subtree; possible duplicates follow the submissions' own
 * visibility ({@link #similar}). Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class SearchService {

    /** How far back "possible duplicates" look. */
    static final Duration SIMILAR_WINDOW = Duration.ofDays(90);

    /** How many possible duplicates a person filing is shown. */
    static final int SIMILAR_SHOWN = 5;

    /**
     * How many of the area's most similar submissions are read to find those a person outside its governance
     * may open: their own near-duplicates rank high, so a short window finds them without reading the area.
     */
    static final int SIMILAR_CANDIDATES = 50;

    @Inject
    private SearchIndexes indexes;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private DocumentSources sources;

    @Inject
    private Clock clock;

    /**
     * Searches within the caller's scope, narrowed to {@code areaCode}'s subtree when given.
     *
     * @param request what to search, built without a scope: the scope is set here
     * @throws OutOfScopeException if the area is outside the caller's scope
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public SearchResult search(SearchRequest.Builder request, String areaCode) {
        try {
            return indexes.index().search(request.scope(scope(areaCode)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first {@code max} hits of a search, in its order, for an export of the result list; the
     * scope as for {@link #search}. Reads page by page, so a change in between may shift a hit.
     *
     * @param request what to search, built without a scope; its page is ignored
     * @param max     1 to {@value SearchRequest#MAX_WINDOW}
     * @throws OutOfScopeException if the area is outside the caller's scope
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<SearchHit> firstHits(SearchRequest.Builder request, String areaCode, int max) {
        if (max < 1 || max > SearchRequest.MAX_WINDOW) {
            throw new IllegalArgumentException("max must be 1.." + SearchRequest.MAX_WINDOW + ": " + max);
        }
        request.scope(scope(areaCode));
        List<SearchHit> hits = new ArrayList<>();
        try {
            for (int page = 0; hits.size() < max; page++) {
                SearchResult result = indexes.index().search(request.page(page, SearchRequest.MAX_SIZE).build());
                hits.addAll(result.hits());
                if (result.hits().size() < SearchRequest.MAX_SIZE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits.size() > max ? hits.subList(0, max) : hits;
    }

    /** The caller's scope, narrowed to {@code areaCode}'s subtree when given; null for everything. */
    private String scope(String areaCode) {
        Caller caller = currentCaller.get();
        if (areaCode == null || areaCode.isBlank()) {
            return caller.isAdmin() ? null : caller.homeAreaCode();
        }
        return areas.governed(areaCode).getCode();
    }

    /**
     * How many submissions created in {@code [from, to)} each category has, most first, in the caller's scope
     * narrowed to {@code areaCode}'s subtree when given: the dashboard's chart, counted by the same search that its
     * links open.
     *
     * @throws OutOfScopeException if the area is outside the caller's scope
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<CategoryCount> submissionCategories(String areaCode, Instant from, Instant to) {
        SearchRequest.Builder request = SearchRequest.builder().kind(DocumentKind.SUBMISSION).created(from, to).page(0, 1);
        return search(request, areaCode).facets().getOrDefault(FacetDimension.CATEGORY, List.of()).stream()
                .map(f -> new CategoryCount(f.key(), f.count())).toList();
    }

    /**
     * Up to 20 submissions in the caller's scope that read like the given one ("more like this"); nothing
     * when the caller may not see that one, whose words would otherwise pick hits for a hidden text.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<SearchHit> moreLike(long submissionId) {
        if (visibleSubmissions(List.of(submissionId)).isEmpty()) {
            return List.of();
        }
        Caller caller = currentCaller.get();
        try {
            return indexes.index().similar(SimilarRequest.toDocument(IndexedEntity.SUBMISSION.documentId(submissionId), 20)
                    .withScope(caller.isAdmin() ? null : caller.homeAreaCode()).withKind(DocumentKind.SUBMISSION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@value #SIMILAR_SHOWN} recent submissions of the area (the draft's, else the caller's home area) that
     * read like the draft and that the caller may open: what a person filing sees as "possible duplicates", on
     * the filing form and at {@code GET /api/v1/submissions/similar} alike. Hits carry titles and numbers only.
     * <p>
     * Those who govern the area see its submissions; anyone else only the ones they may open anyway (what they
     * filed, what they or their department work on), and nothing, not even a count, of the rest. A count looks
     * harmless but answers "was something like this text filed over there?" for any words typed, a name and an
     * address included; a volunteer filing a duplicate costs the area's leader one rejection at acceptance,
     * where the leader sees every similar submission ({@link #moreLike}).
     *
     * @throws AreaNotFoundException if the area code is unknown (field {@code areaCode})
     */
    @RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<SimilarSubmission> similar(String title, String content, String areaCode) {
        Caller caller = currentCaller.get();
        String code = areaCode == null || areaCode.isBlank() ? caller.homeAreaCode() : areaCode.strip();
        Area area = areas.find(code).orElseThrow(() -> new AreaNotFoundException("areaCode", code));
        boolean wholeArea = caller.governs(area.getPath());
        SimilarRequest request = SimilarRequest.toDraft(title == null ? "" : title, content == null ? "" : content,
                        wholeArea ? SIMILAR_SHOWN : SIMILAR_CANDIDATES)
                .withArea(area.getCode()).withSince(clock.instant().minus(SIMILAR_WINDOW)).withKind(DocumentKind.SUBMISSION);
        List<SearchHit> hits;
        try {
            hits = indexes.index().similar(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!wholeArea) {
            hits = openableFirst(hits, visibleSubmissions(hits.stream().map(SearchService::submissionId).toList()));
        }
        return hits.stream().map(h -> new SimilarSubmission(submissionId(h), h.number(), h.title(), h.status(),
                h.createdAt())).toList();
    }

    private Set<Long> visibleSubmissions(List<Long> ids) {
        return sources.visibilityOf(IndexedEntity.SUBMISSION).visibleAmong(ids);
    }

    /** The first {@value #SIMILAR_SHOWN} hits, in their order, whose submission is among {@code openable}. */
    static List<SearchHit> openableFirst(List<SearchHit> hits, Set<Long> openable) {
        return hits.stream().filter(h -> openable.contains(submissionId(h))).limit(SIMILAR_SHOWN).toList();
    }

    private static long submissionId(SearchHit hit) {
        return IndexedEntity.SUBMISSION.databaseId(hit.id()).orElseThrow(
                () -> new IllegalStateException("a submission search found a document of another kind: " + hit.id()));
    }
}
