package org.sanling.web.summary;

import org.sanling.summary.AreaFigures;
import org.sanling.summary.BoardEntry;
import org.sanling.summary.DayFigures;
import org.sanling.summary.FieldWork;
import org.sanling.summary.Figures;
import org.sanling.summary.SanlingBoard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanling.web.i18n.Times;

/** The summaries as the API writes them: the service's records with the derived figures spelled out. */
public final class SummaryJson {

    private SummaryJson() {
    }

    /**
     * Counts with the resolution rate (percent, null when nothing was received), the dispute resolution rate (化解率,
     * null when no dispute was recorded) and the volunteer hours.
     */
    public record FiguresItem(long received, long accepted, long rejected, long resolved, long closed, long reopened,
                       long overdue, BigDecimal resolutionRate, long disputesScreened, long disputesResolved,
                       BigDecimal disputeResolutionRate, long highRiskDisputesOpen,
                       long volunteerPersonTimes, BigDecimal volunteerHours, long legalAidEvents, long consultations,
                       long peopleReached, long patrols, long patrolEvents, long eventsOnSpot) {

        static FiguresItem of(Figures f) {
            return new FiguresItem(f.received(), f.accepted(), f.rejected(), f.resolved(), f.closed(), f.reopened(),
                    f.overdue(), f.resolutionRate(), f.disputesScreened(), f.disputesResolved(), f.disputeResolutionRate(),
                    f.highRiskDisputesOpen(), f.volunteerPersonTimes(), f.volunteerHours(), f.legalAidEvents(),
                    f.consultations(), f.peopleReached(), f.patrols(), f.patrolEvents(), f.eventsOnSpot());
        }
    }

    public record AreaItem(String areaCode, String areaName, String level, FiguresItem figures) {

        static AreaItem of(AreaFigures area) {
            return new AreaItem(area.areaCode(), area.areaName(), area.level().name(), FiguresItem.of(area.figures()));
        }

        static List<AreaItem> of(List<AreaFigures> areas) {
            return areas.stream().map(AreaItem::of).toList();
        }
    }

    public record DayItem(LocalDate date, FiguresItem figures) {

        static DayItem of(DayFigures day) {
            return new DayItem(day.date(), FiguresItem.of(day.figures()));
        }
    }

    public record BoardItem(String areaCode, String areaName, String level, String parentCode, long petitions, long accidents,
                     long criminalCases, boolean zeroPetitions, boolean zeroAccidents, boolean zeroCriminalCases,
                     boolean allZero, long received, long resolved, BigDecimal resolutionRate,
                     BigDecimal averageResponseHours, long patrols, long patrolEvents, long eventsOnSpot,
                     long disputesScreened, long disputesResolved, BigDecimal disputeResolutionRate,
                     long highRiskDisputesOpen, int rank) {

        static BoardItem of(BoardEntry e) {
            FieldWork w = e.fieldWork();
            return new BoardItem(e.areaCode(), e.areaName(), e.level().name(), e.parentCode(), e.petitions(),
                    e.accidents(), e.criminalCases(), e.zeroPetitions(), e.zeroAccidents(), e.zeroCriminalCases(),
                    e.allZero(), e.received(), e.resolved(), e.resolutionRate(), e.averageResponseHours(), w.patrols(),
                    w.patrolEvents(), w.eventsOnSpot(), w.disputesScreened(), w.disputesResolved(),
                    w.disputeResolutionRate(), w.highRiskDisputesOpen(), e.rank());
        }
    }

    public record BoardJson(String month, String areaCode, String areaName, OffsetDateTime computedAt, List<BoardItem> streets,
                     List<BoardItem> communities) {

        static BoardJson of(SanlingBoard board) {
            return new BoardJson(board.month().toString(), board.areaCode(), board.areaName(), Times.local(board.computedAt()),
                    board.streets().stream().map(BoardItem::of).toList(),
                    board.communities().stream().map(BoardItem::of).toList());
        }
    }
}
