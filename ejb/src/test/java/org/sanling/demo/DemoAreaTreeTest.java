package org.sanling.demo;

import org.junit.jupiter.api.Test;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoAreaTreeTest {

    private final List<Area> tree = DemoAreaTree.build();

    @Test
    void hasTheScaleOfTheSeedArticle() {
        Map<AreaKind, Long> byKind = tree.stream().collect(Collectors.groupingBy(Area::getKind, Collectors.counting()));
        assertEquals(1, byKind.get(AreaKind.DISTRICT));
        assertEquals(8, byKind.get(AreaKind.STREET) + byKind.get(AreaKind.TOWN));
        assertEquals(60, byKind.get(AreaKind.COMMUNITY) + byKind.get(AreaKind.VILLAGE));
        assertEquals(611, byKind.get(AreaKind.COMPREHENSIVE_GRID));
        assertEquals(255, byKind.get(AreaKind.DEDICATED_GRID));
    }

    @Test
    void codesAreUniqueAndExtendTheirParentsCode() {
        assertEquals(tree.size(), new HashSet<>(tree.stream().map(Area::getCode).toList()).size());
        for (Area area : tree) {
            if (area.getParent() != null) {
                assertTrue(area.getCode().startsWith(area.getParent().getCode()), area.getCode());
                assertEquals(area.getParent().getPath() + area.getCode() + "/", area.getPath());
                assertEquals(area.getParent().getLevel().below().orElseThrow(), area.getLevel());
            }
        }
    }

    @Test
    void namedCommunitiesOfTheSeedAreThereWithStableCodes() {
        Map<String, Area> byName = tree.stream()
                .filter(a -> a.getLevel() == AreaLevel.COMMUNITY)
                .collect(Collectors.toMap(Area::getName, Function.identity()));
        assertEquals("410702001001", byName.get("梦萦小区").getCode());
        assertTrue(byName.containsKey("向阳新村"));
        assertTrue(byName.containsKey("星海国际小区"));
    }

    @Test
    void isTheSameOnEveryBuild() {
        assertEquals(tree.stream().map(a -> a.getCode() + a.getName()).toList(),
                DemoAreaTree.build().stream().map(a -> a.getCode() + a.getName()).toList());
    }
}
