package org.sanling.web.dashboard;

import org.junit.jupiter.api.Test;
import org.sanling.summary.Figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportPeriodTest {

    @Test
    void periodsAreReadInAnyCaseAndAnUnknownOneIsADay() {
        assertEquals(ReportPeriod.WEEK, ReportPeriod.parse(" week "));
        assertEquals(ReportPeriod.MONTH, ReportPeriod.parse("MONTH"));
        assertEquals(ReportPeriod.DAY, ReportPeriod.parse(null));
        assertEquals(ReportPeriod.DAY, ReportPeriod.parse("year"));
    }

    @Test
    void theDefaultDayIsYesterdayInShanghaiAcrossMidnight() {
        // 16:30 UTC on 4 December is 00:30 on 5 December in Asia/Shanghai: yesterday is the 4th there.
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T16:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 4), ReportPeriod.defaultDay(clock));
        Clock before = Clock.fixed(Instant.parse("2026-12-04T15:59:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 3), ReportPeriod.defaultDay(before));
    }

    @Test
    void columnsReadTheirFigureAndARateOfNothingIsNone() {
        Figures figures = new Figures(4, 3, 1, 2, 1, 0, 5, 1, 0, 6, 90, 1, 7, 40, 3, 5, 4, 2);
        assertEquals(4L, FigureColumn.RECEIVED.value(figures));
        assertEquals(new BigDecimal("50.0"), FigureColumn.RESOLUTION_RATE.value(figures));
        assertEquals(new BigDecimal("1.5"), FigureColumn.VOLUNTEER_HOURS.value(figures));
        assertEquals(40L, FigureColumn.PEOPLE_REACHED.value(figures));
        assertEquals(5L, FigureColumn.PATROL_EVENTS.value(figures));
        assertEquals(new BigDecimal("0.0"), FigureColumn.DISPUTE_RESOLUTION_RATE.value(figures));
        assertEquals(2L, FigureColumn.HIGH_RISK_DISPUTES_OPEN.value(figures));
        assertNull(FigureColumn.RESOLUTION_RATE.value(Figures.ZERO));
        assertNull(FigureColumn.DISPUTE_RESOLUTION_RATE.value(Figures.ZERO));
        assertEquals("report.column.DISPUTES_SCREENED", FigureColumn.DISPUTES_SCREENED.key());
    }
}
