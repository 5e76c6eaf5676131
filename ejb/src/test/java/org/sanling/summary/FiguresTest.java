package org.sanling.summary;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresTest {

    private static Figures figures(long received, long resolved, long overdue, long minutes) {
        return new Figures(received, 1, 2, resolved, 3, 4, overdue, 5, 6, 7, minutes, 8, 9, 10, 11, 12, 13, overdue + 1);
    }

    @Test
    void theResolutionRateIsResolvedPerReceivedInPercentWithOneDecimal() {
        assertEquals(new BigDecimal("66.7"), figures(3, 2, 0, 0).resolutionRate());
        assertEquals(new BigDecimal("150.0"), figures(2, 3, 0, 0).resolutionRate());
        assertEquals(new BigDecimal("0.0"), figures(7, 0, 0, 0).resolutionRate());
    }

    @Test
    void withNothingReceivedThereIsNoResolutionRate() {
        assertNull(figures(0, 4, 0, 0).resolutionRate());
    }

    @Test
    void theDisputeResolutionRateIsResolvedPerScreenedAsTheDistrictReportsIt() {
        Figures year = new Figures(0, 0, 0, 0, 0, 0, 0, 2750, 2722, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(new BigDecimal("99.0"), year.disputeResolutionRate());
        assertNull(Figures.ZERO.disputeResolutionRate());
        assertEquals(year.disputeResolutionRate(), FieldWork.of(year).disputeResolutionRate());
    }

    @Test
    void volunteerHoursAreTheMinutesInHoursWithOneDecimal() {
        assertEquals(new BigDecimal("2.5"), figures(0, 0, 0, 150).volunteerHours());
        assertEquals(new BigDecimal("0.0"), Figures.ZERO.volunteerHours());
    }

    @Test
    void twoAreasTogetherAddEveryCountOverdueAndHighRiskIncluded() {
        Figures sum = figures(3, 2, 4, 60).plus(figures(1, 1, 5, 30));
        assertEquals(new Figures(4, 2, 4, 3, 6, 8, 9, 10, 12, 14, 90, 16, 18, 20, 22, 24, 26, 11), sum);
    }

    @Test
    void aLaterDayAddsItsEventsButItsOverdueAndOpenHighRiskDisputesStand() {
        Figures week = figures(3, 2, 4, 60).followedBy(figures(1, 1, 5, 30));
        assertEquals(new Figures(4, 2, 4, 3, 6, 8, 5, 10, 12, 14, 90, 16, 18, 20, 22, 24, 26, 6), week);
    }

    @Test
    void theArrayFormKeepsTheComponentsInOrder() {
        Figures f = new Figures(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
        assertEquals(Figures.SIZE, f.toArray().length);
        assertEquals(f, Figures.of(f.toArray()));
        assertTrue(Figures.of(new long[Figures.SIZE]).isZero());
    }

    @Test
    void aPeriodFoldsItsComputedDaysInOrderAMissingRowCountingAsNothing() {
        LocalDate mon = LocalDate.of(2026, 3, 2);
        Figures monday = figures(3, 2, 4, 60);
        Figures wednesday = figures(1, 1, 5, 30);
        // Tuesday was computed and had nothing in this area: overdue at the end of the week comes from Wednesday.
        Figures week = SummaryService.fold(List.of(mon.plusDays(2), mon, mon.plusDays(1)),
                Map.of(mon, monday, mon.plusDays(2), wednesday));
        assertEquals(monday.followedBy(Figures.ZERO).followedBy(wednesday), week);
        assertEquals(5, week.overdue());
        assertEquals(4, week.received());
        // The last computed day had nothing: nothing is overdue at the end of the period.
        assertEquals(0, SummaryService.fold(List.of(mon, mon.plusDays(1)), Map.of(mon, monday)).overdue());
    }
}
