package org.sanling.area;

import java.util.List;
import java.util.stream.Stream;

/**
 * What an area node is. The kind determines the level, so the level is never stored twice.
 */
public enum AreaKind {
    /** 区 */
    DISTRICT(AreaLevel.DISTRICT),
    /** 街道 */
    STREET(AreaLevel.STREET),
    /** 镇 or 乡 */
    TOWN(AreaLevel.STREET),
    /** 社区 */
    COMMUNITY(AreaLevel.COMMUNITY),
    /** 村 */
    VILLAGE(AreaLevel.COMMUNITY),
    /** 综合网格: the ordinary residential grid. */
    COMPREHENSIVE_GRID(AreaLevel.GRID),
    /** 专属网格: a school, a hospital, an industrial park. */
    DEDICATED_GRID(AreaLevel.GRID);

    private final AreaLevel level;

    AreaKind(AreaLevel level) {
        this.level = level;
    }

    public AreaLevel level() {
        return level;
    }

    /** The kinds a node of this level may have. */
    public static List<AreaKind> of(AreaLevel level) {
        return Stream.of(values()).filter(k -> k.level == level).toList();
    }
}
