package org.sanling.summary;

import org.sanling.area.AreaLevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ranking of the 三零 board (比一比): within each level, the higher resolution rate first (areas that received
 * nothing last), then the shorter average response time (none last), then by code; areas equal on both share a
 * place and the next place is skipped (1, 1, 3).
 */
final class BoardRanking {

    /** One area's counts for the board. */
    record Line(AreaTree.Node node, String parentCode, BoardCounts counts) {

        BigDecimal resolutionRate() {
            return Rates.percent(counts.resolved(), counts.received());
        }

        BigDecimal averageResponseHours() {
            return counts.responded() == 0 ? null
                    : BigDecimal.valueOf(counts.responseMinutes()).divide(BigDecimal.valueOf(counts.responded() * 60L), 1,
                    RoundingMode.HALF_UP);
        }
    }

    private static final Comparator<Line> ORDER = Comparator
            .comparing(Line::resolutionRate, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Line::averageResponseHours, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(line -> line.node().code());

    private BoardRanking() {
    }

    /** The entries of the lines, level by level from the top, each level in rank order. */
    static List<BoardEntry> rank(List<Line> lines) {
        Map<AreaLevel, List<Line>> byLevel = lines.stream()
                .collect(Collectors.groupingBy(line -> line.node().level(), TreeMap::new, Collectors.toList()));
        List<BoardEntry> entries = new ArrayList<>();
        for (List<Line> level : byLevel.values()) {
            List<Line> sorted = level.stream().sorted(ORDER).toList();
            int rank = 0;
            Line previous = null;
            for (int i = 0; i < sorted.size(); i++) {
                Line line = sorted.get(i);
                if (previous == null || !Objects.equals(previous.resolutionRate(), line.resolutionRate())
                        || !Objects.equals(previous.averageResponseHours(), line.averageResponseHours())) {
                    rank = i + 1;
                }
                entries.add(entry(line, rank));
                previous = line;
            }
        }
        return entries;
    }

    private static BoardEntry entry(Line line, int rank) {
        BoardCounts c = line.counts();
        AreaTree.Node n = line.node();
        return new BoardEntry(n.code(), n.name(), n.level(), line.parentCode(), c.petitions(), c.accidents(),
                c.criminalCases(), c.received(), c.resolved(), line.resolutionRate(), line.averageResponseHours(), c.fieldWork(), rank);
    }
}
