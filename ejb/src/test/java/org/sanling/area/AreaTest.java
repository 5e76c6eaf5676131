package org.sanling.area;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaTest {

    private final Area district = Area.district("410702", "红旗区");
    private final Area streetA = district.newChild(1, "西街街道", AreaKind.STREET);
    private final Area streetB = district.newChild(2, "东街街道", AreaKind.STREET);
    private final Area community = streetA.newChild(1, "梦萦小区", AreaKind.COMMUNITY);
    private final Area grid = community.newChild(12, "梦萦小区第12网格", AreaKind.COMPREHENSIVE_GRID);

    @Test
    void childCodesExtendTheParentByThreeDigits() {
        assertEquals("410702001", streetA.getCode());
        assertEquals("410702001001012", grid.getCode());
        assertEquals("410702/410702001/410702001001/410702001001012/", grid.getPath());
        assertEquals(List.of("410702", "410702001", "410702001001", "410702001001012"), grid.lineage());
    }

    @Test
    void withinIsAPrefixOfThePath() {
        assertTrue(grid.isWithin(streetA));
        assertTrue(grid.isWithin(district));
        assertTrue(streetA.isWithin(streetA));
        assertFalse(grid.isWithin(streetB));
        assertFalse(streetA.isWithin(grid));
    }

    @Test
    void aChildMustBeOfTheLevelBelow() {
        assertThrows(IllegalArgumentException.class, () -> district.newChild(3, "网格", AreaKind.COMPREHENSIVE_GRID));
        assertThrows(IllegalArgumentException.class, () -> grid.newChild(1, "更小", AreaKind.COMPREHENSIVE_GRID));
        assertThrows(IllegalArgumentException.class, () -> district.newChild(1000, "太多", AreaKind.STREET));
    }

    @Test
    void renamingKeepsCodeAndPath() {
        community.rename("梦萦社区");
        assertEquals("梦萦社区", community.getName());
        assertEquals("410702001001", community.getCode());
        assertEquals("410702/410702001/410702001001/", community.getPath());
    }
}
