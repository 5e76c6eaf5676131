package org.sanling.summary;

import org.junit.jupiter.api.Test;
import org.sanling.area.AreaLevel;
import org.sanling.supervision.SanlingDimension;
import org.sanling.supervision.SubmissionStatus;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardRankingTest {

    private static BoardRanking.Line line(String code, AreaLevel level, long received, long resolved, long responded,
                                          long minutes) {
        return new BoardRanking.Line(new AreaTree.Node(code.hashCode(), 1L, code, code, level), "p",
                new BoardCounts(0, 0, 0, received, resolved, responded, minutes, FieldWork.NONE));
    }

    @Test
    void higherResolutionRateFirstThenShorterResponseSharedPlacesSkipTheNext() {
        List<BoardEntry> ranked = BoardRanking.rank(List.of(
                line("slow-half", AreaLevel.COMMUNITY, 4, 2, 2, 600),   // 50 %, 5 h
                line("nothing", AreaLevel.COMMUNITY, 0, 0, 0, 0),       // no rate: last
                line("all", AreaLevel.COMMUNITY, 3, 3, 3, 540),         // 100 %, 3 h
                line("fast-half-a", AreaLevel.COMMUNITY, 2, 1, 2, 120), // 50 %, 1 h
                line("fast-half-b", AreaLevel.COMMUNITY, 4, 2, 1, 60),  // 50 %, 1 h
                line("street", AreaLevel.STREET, 1, 0, 1, 30)));
        assertEquals(List.of("street", "all", "fast-half-a", "fast-half-b", "slow-half", "nothing"),
                ranked.stream().map(BoardEntry::areaCode).toList());
        assertEquals(List.of(1, 1, 2, 2, 4, 5), ranked.stream().map(BoardEntry::rank).toList());
        BoardEntry all = ranked.get(1);
        assertEquals(new BigDecimal("100.0"), all.resolutionRate());
        assertEquals(new BigDecimal("3.0"), all.averageResponseHours());
        assertNull(ranked.get(5).resolutionRate());
        assertNull(ranked.get(5).averageResponseHours());
    }

    @Test
    void anAreaIsZeroOnADimensionOnlyWithoutAConfirmedTaggedSubmission() {
        BoardCounts counts = BoardCounts.of(SanlingDimension.SAFETY,
                SubmissionStatus.IN_PROGRESS, 2)
                .plus(BoardCounts.of(SanlingDimension.PETITION,
                        SubmissionStatus.SUBMITTED, 1))
                .plus(BoardCounts.of(SanlingDimension.PUBLIC_SECURITY,
                        SubmissionStatus.REJECTED, 1));
        BoardEntry entry = BoardRanking.rank(List.of(new BoardRanking.Line(
                new AreaTree.Node(1, null, "c", "c", AreaLevel.COMMUNITY), null, counts))).get(0);
        assertEquals(2, entry.accidents());
        assertTrue(entry.zeroPetitions(), "waiting for a leader: not counted");
        assertTrue(entry.zeroCriminalCases(), "rejected: not counted");
        assertFalse(entry.allZero());
        assertEquals(4, entry.received());
    }

    @Test
    void aMonthsFieldWorkIsAddedUpAndCarriedToTheEntry() {
        BoardCounts counts = BoardCounts.of(new FieldWork(3, 7, 5, 2, 1, 1))
                .plus(BoardCounts.of(new FieldWork(1, 1, 0, 2, 2, 0)));
        BoardEntry entry = BoardRanking.rank(List.of(new BoardRanking.Line(
                new AreaTree.Node(1, null, "c", "c", AreaLevel.COMMUNITY), null, counts))).get(0);
        assertEquals(new FieldWork(4, 8, 5, 4, 3, 1), entry.fieldWork());
        assertEquals(new BigDecimal("75.0"), entry.fieldWork().disputeResolutionRate());
        assertTrue(entry.allZero(), "field work is no petition, accident or case");
    }
}
