package org.sanling.web.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sanling.summary.Backfill;
import org.sanling.summary.DailySummary;
import org.sanling.summary.PeriodSummary;
import org.sanling.summary.Periods;
import org.sanling.summary.SummaryService;
import org.sanling.web.summary.SummaryJson.AreaItem;
import org.sanling.web.summary.SummaryJson.DayItem;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily summaries (日报) of an area and its children for leaders and admins within their scope; days are
 * yyyy-MM-dd in Asia/Shanghai, months yyyy-MM; no area means the caller's home area, no day today. A bad day or
 * an unknown area is a {@code 400} with the field's message, an area outside the caller's scope a {@code 403}.
 */
@Path("summaries")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SummariesResource {

    /** A day's figures of the area and of each child. */
    public record DailyJson(LocalDate date, boolean computed, AreaItem area, List<AreaItem> children) {

        static DailyJson of(DailySummary day) {
            return new DailyJson(day.date(), day.computed(), AreaItem.of(day.area()), AreaItem.of(day.children()));
        }
    }

    /** A week's or month's figures rolled up from its days. */
    public record PeriodJson(LocalDate from, LocalDate to, int daysComputed, AreaItem area, List<AreaItem> children) {

        static PeriodJson of(PeriodSummary period) {
            return new PeriodJson(period.from(), period.to(), period.daysComputed(), AreaItem.of(period.area()),
                    AreaItem.of(period.children()));
        }
    }

    /** The days to compute again, both included. */
    public record BackfillRequest(String from, String to) {
    }

    @Inject
    private SummaryService summaries;

    @GET
    @Path("daily")
    public DailyJson daily(@QueryParam("areaCode") String areaCode, @QueryParam("date") String date) {
        return DailyJson.of(summaries.daily(areaCode, Periods.day("date", date)));
    }

    @GET
    @Path("weekly")
    public PeriodJson weekly(@QueryParam("areaCode") String areaCode, @QueryParam("date") String date) {
        return PeriodJson.of(summaries.weekly(areaCode, Periods.day("date", date)));
    }

    @GET
    @Path("monthly")
    public PeriodJson monthly(@QueryParam("areaCode") String areaCode, @QueryParam("month") String month) {
        return PeriodJson.of(summaries.monthly(areaCode, Periods.month("month", month)));
    }

    /** The area's figures per day from {@code from} to {@code to} (both required, at most 366 days). */
    @GET
    @Path("series")
    public List<DayItem> series(@QueryParam("areaCode") String areaCode, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        return summaries.series(areaCode, Periods.requiredDay("from", from), Periods.requiredDay("to", to)).stream()
                .map(DayItem::of).toList();
    }

    /** Computes the days again (admins), replacing what was stored for them. */
    @POST
    @Path("backfill")
    public Backfill backfill(BackfillRequest request) {
        return summaries.backfill(Periods.requiredDay("from", request == null ? null : request.from()),
                Periods.requiredDay("to", request == null ? null : request.to()));
    }
}
