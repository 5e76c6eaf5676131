package org.sanling.web.search;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.sanling.area.Area;
import org.sanling.area.AreaService;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchService;
import org.sanling.searchindex.FacetDimension;
import org.sanling.searchindex.FacetValue;
import org.sanling.searchindex.SearchHit;
import org.sanling.searchindex.SearchRequest;
import org.sanling.searchindex.SortOrder;
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.supervision.SubmissionType;
import org.sanling.web.i18n.Messages;
import org.sanling.web.rest.Workbooks;
import org.sanling.web.rest.json.Enums;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search of the archive for leaders, within their scope. A malformed query is searched as plain words
 * and {@code warning} says so.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    /**
     * A hit; {@code snippet} is HTML-escaped text in which only {@code <mark>} is markup. {@code kind} is
     * {@code SUBMISSION} or {@code DISPUTE} (its {@code id} is the submission's or the dispute's) or
     * {@code CONSULTATION} (logged at the event {@code eventId}, null for other kinds); {@code score} is left out when the hits are sorted newest first.
     */
    public record Hit(String id, String number, String kind, String title, String snippet, String areaCode,
                      String areaName, String status, OffsetDateTime createdAt, Float score, String eventId) {
    }

    /** A facet value with a label in the caller's language. */
    public record Facet(String key, String label, long count) {
    }

    /** A word of a query that found nothing, which no document in scope contains, and the query without it. */
    public record Unmatched(String word, String queryWithout) {
    }

    /** {@code unmatched}: when nothing was found, the words no document in scope contains; else empty. */
    public record Result(long total, long tookMs, List<Hit> hits, Map<String, List<Facet>> facets, String warning,
                         List<Unmatched> unmatched) {
    }

    @Inject
    private SearchService search;

    @Inject
    private AreaService areas;

    @Inject
    private ConsultationEvents consultationEvents;

    @Context
    private HttpHeaders headers;

    @GET
    public Result search(@QueryParam("q") String q, @QueryParam("areaCode") String areaCode,
                         @QueryParam("type") SubmissionType type, @QueryParam("category") String category,
                         @QueryParam("status") String status, @QueryParam("from") String fromDay,
                         @QueryParam("to") String toDay, @QueryParam("sort") @DefaultValue("RELEVANCE") SortOrder sort,
                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        var request = request(q, type, category, status, fromDay, toDay, sort)
                .page(Math.max(0, page), Math.max(1, Math.min(size, SearchRequest.MAX_SIZE)));
        var result = search.search(request, areaCode);
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        result.facets().forEach((dimension, values) -> facets.put(dimension.name().toLowerCase(Locale.ROOT),
                values.stream().map(v -> new Facet(v.key(), label(dimension, v, locale), v.count())).toList()));
        Map<String, Long> events = consultationEvents.of(result.hits());
        return new Result(result.total(), result.tookMs(), result.hits().stream().map(h -> hit(h, events)).toList(), facets,
                result.warning().map(w -> Messages.text(locale, "search.warning.plainWords")).orElse(null),
                result.unmatched().stream().map(u -> new Unmatched(u.word(), u.queryWithout())).toList());
    }

    /**
     * The same search's result list as an Excel file, its first {@value SearchResultsWorkbook#MAX_ROWS} hits
     * in the search's order, within the caller's scope as {@link #search} is. Headers are in the language of
     * {@code lang} (a language tag, for links from a page in the person's chosen language), else of
     * {@code Accept-Language}.
     */
    @APIResponse(responseCode = "200", description = "The hits as an Excel workbook.",
            content = @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("export")
    @Produces(Workbooks.XLSX)
    public Response export(@QueryParam("q") String q, @QueryParam("areaCode") String areaCode,
                           @QueryParam("type") SubmissionType type, @QueryParam("category") String category,
                           @QueryParam("status") String status, @QueryParam("from") String fromDay,
                           @QueryParam("to") String toDay, @QueryParam("sort") @DefaultValue("RELEVANCE") SortOrder sort,
                           @QueryParam("lang") String lang) {
        Locale locale = lang == null || lang.isBlank() ? Messages.preferred(headers.getAcceptableLanguages())
                : Messages.supported(Locale.forLanguageTag(lang.strip()));
        List<SearchHit> hits = search.firstHits(request(q, type, category, status, fromDay, toDay, sort), areaCode,
                SearchResultsWorkbook.MAX_ROWS);
        StreamingOutput workbook = out -> SearchResultsWorkbook.write(hits, locale, out);
        return Response.ok(workbook, Workbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"sanling-search.xlsx\"")
                .build();
    }

    private static SearchRequest.Builder request(String q, SubmissionType type, String category, String status,
                                                 String fromDay, String toDay, SortOrder sort) {
        LocalDate from = day(fromDay);
        LocalDate to = day(toDay);
        return SearchRequest.builder().query(q).type(type == null ? null : type.name()).category(blankToNull(category))
                .status(status(status))
                .created(from == null ? null : from.atStartOfDay(DeadlinePolicy.ZONE).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(DeadlinePolicy.ZONE).toInstant())
                .sort(sort == null ? SortOrder.RELEVANCE : sort);
    }

    /** A submission's status, a consultation's outcome or a dispute's status, in any case; null for none. */
    private static String status(String text) {
        return text == null || text.isBlank() ? null : Enums.parseAny(text, "status", SearchLabels.STATUS_ENUMS).name();
    }

    private String label(FacetDimension dimension, FacetValue value, Locale locale) {
        return switch (dimension) {
            case AREA -> areas.find(value.key()).map(Area::getName).orElse(value.key());
            case TYPE -> SearchLabels.typeLabel(value.key(), locale);
            case STATUS -> SearchLabels.statusLabel(value.key(), locale);
            default -> value.key();
        };
    }

    private static Hit hit(SearchHit h, Map<String, Long> events) {
        Long event = events.get(h.id());
        return new Hit(IndexedEntity.apiId(h.id()), h.number(), h.kind().name(), h.title(), h.snippet(), h.areaCode(), h.areaName(), h.status(),
                h.createdAt().atZone(DeadlinePolicy.ZONE).toOffsetDateTime(), Float.isNaN(h.score()) ? null : h.score(),
                event == null ? null : event.toString());
    }

    /** A day as yyyy-MM-dd (Asia/Shanghai), or null; anything else is a bad request. */
    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
