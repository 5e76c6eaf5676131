package org.sanling.summary;

import org.junit.jupiter.api.Test;
import org.sanling.area.AreaLevel;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AreaTreeTest {

    // district 1 → streets 2, 3 → communities 4 (in 2), 5 (in 3) → grids 6, 7 (in 4), 8 (in 5)
    private final AreaTree tree = new AreaTree(List.of(
            node(6, 4L, AreaLevel.GRID), node(1, null, AreaLevel.DISTRICT), node(4, 2L, AreaLevel.COMMUNITY),
            node(2, 1L, AreaLevel.STREET), node(7, 4L, AreaLevel.GRID), node(3, 1L, AreaLevel.STREET),
            node(5, 3L, AreaLevel.COMMUNITY), node(8, 5L, AreaLevel.GRID)));

    private static AreaTree.Node node(long id, Long parent, AreaLevel level) {
        return new AreaTree.Node(id, parent, "c" + id, "n" + id, level);
    }

    @Test
    void everyAreaGetsItsOwnCountPlusEverythingBelowIt() {
        Map<Long, Long> totals = tree.rollUp(Map.of(6L, 1L, 7L, 10L, 4L, 100L, 8L, 1000L, 3L, 10000L), Long::sum);
        assertEquals(1L, totals.get(6L));
        assertEquals(111L, totals.get(4L));
        assertEquals(111L, totals.get(2L));
        assertEquals(1000L, totals.get(5L));
        assertEquals(11000L, totals.get(3L));
        assertEquals(11111L, totals.get(1L));
    }

    @Test
    void areasWithNothingAtOrBelowThemAreLeftOut() {
        Map<Long, Long> totals = tree.rollUp(Map.of(8L, 2L), Long::sum);
        assertEquals(Map.of(8L, 2L, 5L, 2L, 3L, 2L, 1L, 2L), totals);
        assertFalse(totals.containsKey(2L));
    }
}
