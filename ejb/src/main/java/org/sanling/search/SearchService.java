package org.sanling.search;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.account.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.platform.OutOfScopeException;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchHit;
import org.sanling.searchindex.SearchRequest;
import org.sanling.searchindex.SearchResult;
import org.sanling.searchindex.SimilarRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Searching the archive of submissions and legal-aid consultations. The caller's scope is a filter
 * inside the index query, so results, counts, facets and snippets never show anything outside it:
 * admins search everything, leaders their subtree. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class SearchService {

    /** How far back "possible duplicates" look. */
    static final Duration SIMILAR_WINDOW = Duration.ofDays(90);

    @Inject
    private SearchIndexes indexes;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private SearchableConsultations consultations;

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
        Area area = areas.find(areaCode).orElseThrow(() -> new AreaNotFoundException("areaCode", areaCode));
        if (!caller.governs(area.getPath())) {
            throw new OutOfScopeException();
        }
        return area.getCode();
    }

    /**
     * The event each consultation among the hits was logged at, by hit id: where a consultation hit leads.
     * Other hits are left out.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Map<String, Long> consultationEvents(List<SearchHit> hits) {
        Map<Long, String> hitIds = new HashMap<>();
        hits.forEach(h -> ConsultationDocuments.consultationId(h.id()).ifPresent(id -> hitIds.put(id, h.id())));
        Map<String, Long> events = new HashMap<>();
        consultations.eventIds(hitIds.keySet()).forEach((consultation, event) -> events.put(hitIds.get(consultation), event));
        return events;
    }

    /** Up to 20 submissions in the caller's scope that read like the given one ("more like this"). */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<SearchHit> moreLike(long submissionId) {
        Caller caller = currentCaller.get();
        try {
            return indexes.index().similar(SimilarRequest.toDocument(SubmissionDocuments.id(submissionId), 20)
                    .withScope(caller.isAdmin() ? null : caller.homeAreaCode()).withKind(DocumentKind.SUBMISSION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to five recent submissions in the same grid that read like the draft: what a person filing
     * sees as "possible duplicates". Anyone who may file may ask; hits carry titles and numbers only.
     */
    @RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<SearchHit> similar(String title, String content, String areaCode) {
        String area = areaCode == null || areaCode.isBlank() ? currentCaller.get().homeAreaCode() : areaCode.strip();
        areas.find(area).orElseThrow(() -> new AreaNotFoundException("areaCode", area));
        try {
            return indexes.index().similar(SimilarRequest.toDraft(title == null ? "" : title, content == null ? "" : content, 5)
                    .withArea(area).withSince(clock.instant().minus(SIMILAR_WINDOW)).withKind(DocumentKind.SUBMISSION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
