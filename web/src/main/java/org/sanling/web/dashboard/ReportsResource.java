package org.sanling.web.dashboard;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.sanling.summary.PeriodSummary;
import org.sanling.summary.Periods;
import org.sanling.summary.SummaryService;
import org.sanling.web.i18n.Messages;
import org.sanling.web.rest.Workbooks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The daily report (日报) as an Excel workbook, for leaders and admins within their scope. */
@Path("reports")
public class ReportsResource {

    @Inject
    private SummaryService summaries;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    /**
     * {@code GET /api/v1/reports/export?period=DAY|WEEK|MONTH&date=yyyy-MM-dd&areaCode=&lang=}: the report of the
     * area (default the caller's home area) and its children for the day (default yesterday), or the week or month
     * around it; headed in the language of {@code lang}, else of {@code Accept-Language}.
     */
    @APIResponse(responseCode = "200", description = "The report as an Excel workbook.",
            content = @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("export")
    @Produces(Workbooks.XLSX)
    public Response export(@QueryParam("period") ReportPeriod period, @QueryParam("date") String date,
                           @QueryParam("areaCode") String areaCode, @QueryParam("lang") String lang) {
        Locale locale = lang == null || lang.isBlank() ? Messages.preferred(headers.getAcceptableLanguages())
                : Messages.supported(Locale.forLanguageTag(lang.strip()));
        LocalDate day = Periods.day("date", date);
        PeriodSummary summary = (period == null ? ReportPeriod.DAY : period).summary(summaries, areaCode,
                day == null ? ReportPeriod.defaultDay(clock) : day);
        StreamingOutput workbook = out -> ReportWorkbook.write(summary, locale, out);
        return Response.ok(workbook, Workbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"sanling-report-" + summary.from() + ".xlsx\"")
                .build();
    }
}
