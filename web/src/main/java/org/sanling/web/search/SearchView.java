package org.sanling.web.search;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.area.Area;
import org.sanling.area.AreaService;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchService;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.FacetDimension;
import org.sanling.searchindex.FacetValue;
import org.sanling.searchindex.SearchHit;
import org.sanling.searchindex.SearchRequest;
import org.sanling.searchindex.SearchResult;
import org.sanling.searchindex.UnmatchedWord;
import org.sanling.searchindex.SortOrder;
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.supervision.SubmissionType;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;
import org.sanling.web.i18n.Messages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The leaders' search page. Everything it shows comes from the URL (query, filters, sort, page, or a
 * submission to find more like), so a search can be bookmarked and shared; facets and paging are links.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    private SearchService search;

    @Inject
    private AreaService areas;

    @Inject
    private ConsultationEvents events;

    private String q;
    private String area;
    private String kind;
    private String type;
    private String category;
    private String status;
    private String month;
    private String sort;
    private int page;
    private Long like;

    private SearchResult result;
    private List<SearchHit> similar;
    /** The event each consultation hit leads to, by hit id. */
    private Map<String, Long> consultationEvents = Map.of();

    /** Runs the search the URL describes. */
    public void load() {
        if (like != null) {
            similar = FormFeedback.outcome("search", () -> search.moreLike(like)).orElse(List.of());
            return;
        }
        var request = SearchRequest.builder().query(q).kind(kindOf(kind)).type(blank(type)).category(blank(category)).status(blank(status))
                .created(monthStart(0), monthStart(1))
                .sort("newest".equals(sort) ? SortOrder.NEWEST : SortOrder.RELEVANCE)
                .page(Math.max(0, page), PAGE_SIZE);
        result = FormFeedback.outcome("search", () -> search.search(request, blank(area))).orElse(null);
        if (result != null) {
            consultationEvents = events.of(result.hits());
        }
    }

    public List<SearchHit> getHits() {
        if (similar != null) {
            return similar;
        }
        return result == null ? List.of() : result.hits();
    }

    public long getTotal() {
        return result == null ? getHits().size() : result.total();
    }

    public long getTookMs() {
        return result == null ? 0 : result.tookMs();
    }

    /** Said when the query could not be read as written and was searched as plain words; else null. */
    public String getWarning() {
        return result == null ? null : result.warning().map(w -> FormFeedback.text("search.warning.plainWords")).orElse(null);
    }

    /** When the search found nothing, the words no document in scope contains, each with the query without it; else empty. */
    public List<UnmatchedWord> getUnmatched() {
        return result == null ? List.of() : result.unmatched();
    }

    /** The kind of document in the URL (only submissions, say); null for every kind or one there is not. */
    private static DocumentKind kindOf(String text) {
        try {
            return blank(text) == null ? null : DocumentKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The start of the month in the URL, plus {@code offset} months, in Asia/Shanghai; null without a month. */
    private Instant monthStart(int offset) {
        try {
            return blank(month) == null ? null
                    : YearMonth.parse(month.strip()).plusMonths(offset).atDay(1).atStartOfDay(DeadlinePolicy.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The Excel export of this search ({@code GET /api/v1/search/export}): the same query and filters,
     * headed in the person's chosen language.
     */
    public String getExportUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("areaCode", area);
        parameters.put("type", type);
        parameters.put("category", category);
        parameters.put("status", status);
        Instant from = monthStart(0);
        if (from != null) {
            parameters.put("from", from.atZone(DeadlinePolicy.ZONE).toLocalDate().toString());
            parameters.put("to", monthStart(1).atZone(DeadlinePolicy.ZONE).toLocalDate().minusDays(1).toString());
        }
        parameters.put("sort", sort);
        parameters.put("lang", LocaleView.current().toLanguageTag());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/search/export?"
                + parameters.entrySet().stream().filter(e -> blank(e.getValue()) != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public int getExportLimit() {
        return SearchResultsWorkbook.MAX_ROWS;
    }

    public List<FacetDimension> getDimensions() {
        return result == null ? List.of() : List.copyOf(result.facets().keySet());
    }

    public List<FacetValue> facet(FacetDimension dimension) {
        return result == null ? List.of() : result.facets().getOrDefault(dimension, List.of());
    }

    /** A facet value as people read it: an area's name, a type's or status' label, else the value. */
    public String label(FacetDimension dimension, String key) {
        try {
            return switch (dimension) {
                case AREA -> areas.find(key).map(Area::getName).orElse(key);
                case TYPE -> Messages.label(LocaleView.current(), SubmissionType.valueOf(key));
                case STATUS -> SearchLabels.statusLabel(key, LocaleView.current());
                default -> key;
            };
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    /** The URL parameter a facet sets. */
    public String parameter(FacetDimension dimension) {
        return switch (dimension) {
            case AREA -> "area";
            case TYPE -> "type";
            case CATEGORY -> "category";
            case STATUS -> "status";
            case MONTH -> "month";
        };
    }

    /** The id the hit's own page takes: the database id of a submission or a dispute. */
    public String pageId(SearchHit hit) {
        return IndexedEntity.apiId(hit.id());
    }

    /** The event a consultation hit was logged at (its page is where the hit leads); null for other hits. */
    public Long eventId(SearchHit hit) {
        return consultationEvents.get(hit.id());
    }

    /** The hit's status as people read it: a submission's or a dispute's status, a consultation's outcome. */
    public String statusLabel(SearchHit hit) {
        return SearchLabels.statusLabel(hit.kind(), hit.status(), LocaleView.current());
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * PAGE_SIZE < result.total();
    }

    public boolean isSimilarMode() {
        return like != null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Long getLike() {
        return like;
    }

    public void setLike(Long like) {
        this.like = like;
    }
}
