package org.sanling.web.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.summary.AreaFigures;
import org.sanling.summary.PeriodSummary;
import org.sanling.summary.Periods;
import org.sanling.summary.SummaryService;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily report (日报): an area and its children with every figure for a day (yesterday unless asked), or the
 * week or month around it. Everything comes from the URL ({@code period}, {@code date}, {@code area}), so a
 * report can be bookmarked, printed (print stylesheet) and exported to Excel with the same figures.
 */
@Named
@ViewScoped
public class DailyReportView implements Serializable {

    @Inject
    private SummaryService summaries;

    @Inject
    private Clock clock;

    private String period;
    private String date;
    private String area;

    private LocalDate day;
    private PeriodSummary summary;

    /** Reads the report the URL asks for; a bad day or an area outside the caller's scope is said on the page. */
    public void load() {
        summary = FormFeedback.outcome("report", () -> {
            LocalDate given = Periods.day("date", date);
            day = given == null ? ReportPeriod.defaultDay(clock) : given;
            return getReportPeriod().summary(summaries, area, day);
        }).orElse(null);
    }

    public ReportPeriod getReportPeriod() {
        return ReportPeriod.parse(period);
    }

    public List<ReportPeriod> getPeriods() {
        return List.of(ReportPeriod.values());
    }

    public List<FigureColumn> getColumns() {
        return List.of(FigureColumn.values());
    }

    /** The area's line first, then its children's. */
    public List<AreaFigures> getLines() {
        List<AreaFigures> lines = new ArrayList<>();
        if (summary != null) {
            lines.add(summary.area());
            lines.addAll(summary.children());
        }
        return lines;
    }

    public PeriodSummary getSummary() {
        return summary;
    }

    /** The day shown (the given one, else yesterday); null until read. */
    public LocalDate getDay() {
        return day;
    }

    /** The Excel export of this report ({@code GET /api/v1/reports/export}), in the person's chosen language. */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/api/v1/reports/export?period=").append(getReportPeriod())
                .append("&date=").append(day)
                .append("&lang=").append(LocaleView.current().toLanguageTag());
        if (summary != null) {
            url.append("&areaCode=").append(URLEncoder.encode(summary.area().areaCode(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
