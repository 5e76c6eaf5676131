package org.sanling.web.dashboard;

import org.sanling.summary.DailySummary;
import org.sanling.summary.PeriodSummary;
import org.sanling.summary.SummaryService;

import org.sanling.supervision.DeadlinePolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/** What the daily report (日报) covers: the day given, the week (Monday to Sunday) around it, or its month. */
public enum ReportPeriod {
    DAY, WEEK, MONTH;

    /**
     * The area's and its children's figures over this period around the day.
     *
     * @param areaCode null for the caller's home area
     */
    public PeriodSummary summary(SummaryService summaries, String areaCode, LocalDate day) {
        return switch (this) {
            case DAY -> {
                DailySummary daily = summaries.daily(areaCode, day);
                yield new PeriodSummary(day, day, daily.computed() ? 1 : 0, daily.area(), daily.children());
            }
            case WEEK -> summaries.weekly(areaCode, day);
            case MONTH -> summaries.monthly(areaCode, YearMonth.from(day));
        };
    }

    /** The day a report shows when none is asked for: yesterday in Asia/Shanghai, the last day complete. */
    public static LocalDate defaultDay(Clock clock) {
        return LocalDate.now(clock.withZone(DeadlinePolicy.ZONE)).minusDays(1);
    }

    /** The period named in a URL (any case); DAY for none or one it does not know. */
    public static ReportPeriod parse(String text) {
        for (ReportPeriod period : values()) {
            if (period.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return period;
            }
        }
        return DAY;
    }
}
