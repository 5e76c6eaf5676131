package org.sanling.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.dispute.RiskLevel;
import org.sanling.search.CategoryCount;
import org.sanling.search.SearchService;
import org.sanling.summary.AreaFigures;
import org.sanling.summary.DayFigures;
import org.sanling.summary.Figures;
import org.sanling.summary.Periods;
import org.sanling.summary.SanlingBoard;
import org.sanling.summary.SummaryService;
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.supervision.SubmissionQuery;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionView;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;
import org.sanling.web.search.SearchLinks;
import org.sanling.web.supervision.SubmissionSummary;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The leader dashboard: today's and this week's figures against yesterday and the same days of last week,
 * charts (received against resolved over 30 days, by child area and by category this month), the overdue list
 * and the 三零 board with its ranking, for an area within the caller's scope ({@code ?area=}, default the home
 * area; {@code ?month=} picks the board's month, default last month, the one the monthly job stored). Figures
 * come from the stored daily summaries; only the overdue list is read live, one page of it. Each figure links to
 * the records behind it: the queue or the search with the same filter.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    /** Days in the received-against-resolved chart. */
    static final int TREND_DAYS = 30;
    /** Overdue submissions listed; the queue shows the rest. */
    static final int OVERDUE_SHOWN = 10;

    private static final String RED = "#c62828";
    private static final String GREEN = "#2e7d32";
    private static final DateTimeFormatter CHART_DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Inject
    private SummaryService summaries;

    @Inject
    private SubmissionService submissions;

    @Inject
    private SearchService search;

    @Inject
    private Clock clock;

    private String area;
    private String month;

    private boolean shown;
    private LocalDate today;
    private AreaFigures areaFigures;
    private boolean todayComputed;
    private List<Tile> tiles = List.of();
    private String trendChart;
    /** The trend chart's figures, also shown as a table for those who cannot see the chart. */
    private List<DayFigures> trendDays;
    private String childrenChart;
    private String categoryChart;
    private List<AreaFigures> children = List.of();
    private List<CategoryCount> categories = List.of();
    private long overdueTotal;
    private List<SubmissionSummary> overdue = List.of();
    private SanlingBoard board;

    /**
     * A figure of today and this week with what it is compared with; a link (from the context path) to its
     * records for today and for the week, or null where no list filters by it.
     */
    public record Tile(String key, long today, long yesterday, long week, long lastWeek, String todayLink,
                       String weekLink) implements Serializable {

        public long todayChange() {
            return today - yesterday;
        }

        public long weekChange() {
            return week - lastWeek;
        }
    }

    /** Reads the dashboard the URL asks for; an area outside the caller's scope is refused with a message. */
    public void load() {
        today = LocalDate.now(clock.withZone(DeadlinePolicy.ZONE));
        YearMonth boardMonth = FormFeedback.outcome("dashboard", () -> {
            YearMonth m = Periods.month("month", month);
            return m == null ? YearMonth.from(today).minusMonths(1) : m;
        }).orElse(null);
        List<DayFigures> days = FormFeedback.outcome("dashboard",
                () -> summaries.series(area, today.minusDays(TREND_DAYS - 1L), today)).orElse(null);
        if (boardMonth == null || days == null) {
            return;
        }
        var daily = summaries.daily(area, today);
        areaFigures = daily.area();
        todayComputed = daily.computed();
        String code = areaFigures.areaCode();
        tiles = tiles(days, code);
        trendDays = days;
        trendChart = ChartJson.line(days.stream().map(d -> d.date().format(CHART_DAY)).toList(), List.of(
                new ChartJson.Series(FormFeedback.text("dashboard.received"), RED, longs(days, Figures::received)),
                new ChartJson.Series(FormFeedback.text("dashboard.resolved"), GREEN, longs(days, Figures::resolved))));
        children = summaries.monthly(code, YearMonth.from(today)).children();
        childrenChart = ChartJson.bar(children.stream().map(AreaFigures::areaName).toList(), List.of(
                new ChartJson.Series(FormFeedback.text("dashboard.received"), RED,
                        children.stream().map(c -> c.figures().received()).toList()),
                new ChartJson.Series(FormFeedback.text("dashboard.resolved"), GREEN,
                        children.stream().map(c -> c.figures().resolved()).toList())), true);
        categories = categoriesThisMonth(code);
        categoryChart = ChartJson.bar(categories.stream().map(CategoryCount::key).toList(), List.of(
                new ChartJson.Series(FormFeedback.text("dashboard.received"), RED,
                        categories.stream().map(CategoryCount::count).toList())), true);
        // The newest overdue ones, read live without counting them all; the count is the one stored for the end
        // of the last day computed (today once the job ran, else yesterday).
        overdueTotal = (todayComputed ? daily.area().figures() : days.get(days.size() - 2).figures()).overdue();
        overdue = submissions.first(new SubmissionQuery(SubmissionView.SCOPE, null, null, null, code, true, null, null),
                OVERDUE_SHOWN).stream().map(s -> SubmissionSummary.of(s, LocaleView.current(), clock.instant())).toList();
        board = summaries.board(code, boardMonth);
        shown = true;
    }

    private List<Tile> tiles(List<DayFigures> days, String code) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        Figures now = figuresOf(days, today, today);
        Figures yesterday = figuresOf(days, today.minusDays(1), today.minusDays(1));
        Figures week = figuresOf(days, monday, today);
        Figures lastWeek = figuresOf(days, monday.minusWeeks(1), today.minusWeeks(1));
        String sunday = monday.plusDays(6).toString();
        List<Tile> list = new ArrayList<>();
        list.add(tile("dashboard.received", Figures::received, now, yesterday, week, lastWeek,
                queue(code, "from", today.toString(), "to", today.toString()),
                queue(code, "from", monday.toString(), "to", sunday)));
        list.add(tile("dashboard.resolved", Figures::resolved, now, yesterday, week, lastWeek, null, null));
        list.add(tile("dashboard.overdue", Figures::overdue, now, yesterday, week, lastWeek,
                queue(code, "overdue", "true"), queue(code, "overdue", "true")));
        list.add(tile("dashboard.disputes", Figures::disputesScreened, now, yesterday, week, lastWeek,
                disputes(code), disputes(code)));
        list.add(tile("dashboard.disputesResolved", Figures::disputesResolved, now, yesterday, week, lastWeek,
                null, null));
        String highRiskOpen = disputes(code, "riskLevel", RiskLevel.HIGH.name(), "open", "true");
        list.add(tile("dashboard.highRiskDisputesOpen", Figures::highRiskDisputesOpen, now, yesterday, week, lastWeek,
                highRiskOpen, highRiskOpen));
        list.add(tile("dashboard.patrols", Figures::patrols, now, yesterday, week, lastWeek, null, null));
        list.add(tile("dashboard.patrolEvents", Figures::patrolEvents, now, yesterday, week, lastWeek, null, null));
        list.add(tile("dashboard.volunteerPersonTimes", Figures::volunteerPersonTimes, now, yesterday, week, lastWeek,
                null, null));
        list.add(tile("dashboard.consultations", Figures::consultations, now, yesterday, week, lastWeek, null, null));
        return list;
    }

    private static Tile tile(String key, ToLongFunction<Figures> figure, Figures now, Figures yesterday, Figures week,
                             Figures lastWeek, String todayLink, String weekLink) {
        return new Tile(key, figure.applyAsLong(now), figure.applyAsLong(yesterday), figure.applyAsLong(week),
                figure.applyAsLong(lastWeek), todayLink, weekLink);
    }

    /** The days from {@code from} to {@code to} (both included) of the series, one after another. */
    private static Figures figuresOf(List<DayFigures> days, LocalDate from, LocalDate to) {
        Figures total = Figures.ZERO;
        for (DayFigures day : days) {
            if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
                total = total.followedBy(day.figures());
            }
        }
        return total;
    }

    private static List<Long> longs(List<DayFigures> days, ToLongFunction<Figures> figure) {
        return days.stream().map(d -> figure.applyAsLong(d.figures())).toList();
    }

    /** This month's submissions in the area by category, from the search index. */
    private List<CategoryCount> categoriesThisMonth(String code) {
        YearMonth m = YearMonth.from(today);
        return search.submissionCategories(code, m.atDay(1).atStartOfDay(DeadlinePolicy.ZONE).toInstant(),
                m.plusMonths(1).atDay(1).atStartOfDay(DeadlinePolicy.ZONE).toInstant());
    }

    /** The leaders' queue of the area with the given filters (name, value, …), as a link from the context path. */
    static String queue(String areaCode, String... filters) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("view", SubmissionView.SCOPE.name());
        parameters.put("area", areaCode);
        return link("/submissions/list.xhtml", parameters, filters);
    }

    /** The disputes register of the area narrowed by the filters (name, value, …), as a link from the context path. */
    static String disputes(String areaCode, String... filters) {
        return link("/disputes/list.xhtml", new LinkedHashMap<>(Map.of("area", areaCode)), filters);
    }

    private static String link(String page, Map<String, String> parameters, String... filters) {
        for (int i = 0; i + 1 < filters.length; i += 2) {
            parameters.put(filters[i], filters[i + 1]);
        }
        return page + "?" + query(parameters);
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A child area's submissions received this month, in the queue. */
    public String childLink(AreaFigures child) {
        YearMonth m = YearMonth.from(today);
        return queue(child.areaCode(), "from", m.atDay(1).toString(), "to", m.atEndOfMonth().toString());
    }

    /** A category's submissions this month in the area, in the search (the same search the chart counted). */
    public String categoryLink(CategoryCount category) {
        return SearchLinks.submissionsOfCategory(areaFigures.areaCode(), category.key(), YearMonth.from(today));
    }

    /** The overdue submissions of the area, all of them, in the queue. */
    public String getOverdueLink() {
        return queue(areaFigures.areaCode(), "overdue", "true");
    }

    /** The months the board may show: this one (counted now) and the twelve before it (stored by the job). */
    public List<YearMonth> getBoardMonths() {
        YearMonth current = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    public boolean isShown() {
        return shown;
    }

    public LocalDate getToday() {
        return today;
    }

    public AreaFigures getAreaFigures() {
        return areaFigures;
    }

    public boolean isTodayComputed() {
        return todayComputed;
    }

    public List<Tile> getTiles() {
        return tiles;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public List<DayFigures> getTrendDays() {
        return trendDays;
    }

    public String getChildrenChart() {
        return childrenChart;
    }

    public String getCategoryChart() {
        return categoryChart;
    }

    public List<AreaFigures> getChildren() {
        return children;
    }

    public List<CategoryCount> getCategories() {
        return categories;
    }

    public long getOverdueTotal() {
        return overdueTotal;
    }

    public List<SubmissionSummary> getOverdue() {
        return overdue;
    }

    public SanlingBoard getBoard() {
        return board;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
