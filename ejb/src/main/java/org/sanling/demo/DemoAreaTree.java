package org.sanling.demo;

import org.sanling.area.Area;
import org.sanling.area.AreaKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo district at the scale of the seed article: 红旗区 with 8 streets and towns, 60 communities
 * and villages, 611 comprehensive and 255 dedicated grids. Deterministic: the same codes and names on
 * every machine, so tests and bookmarks can rely on them (梦萦小区 is always 410702001001).
 */
public final class DemoAreaTree {

    public static final String DISTRICT_CODE = "410702";
    public static final int COMPREHENSIVE_GRIDS = 611;
    public static final int DEDICATED_GRIDS = 255;

    private static final String[] DEDICATED_PLACES = {"学校", "医院", "工业园", "农贸市场", "商场", "车站", "养老院"};

    private record Street(String name, AreaKind kind, List<String> communities) {
    }

    private static final List<Street> STREETS = List.of(
            new Street("西街街道", AreaKind.STREET, List.of("梦萦小区", "星海国际小区", "西街社区", "胜利社区",
                    "健康路社区", "新华社区", "牧野社区", "和平社区")),
            new Street("东街街道", AreaKind.STREET, List.of("东街社区", "解放社区", "劳动社区", "平原社区",
                    "人民社区", "中同社区", "金穗社区", "嘉和社区")),
            new Street("渠东街道", AreaKind.STREET, List.of("渠东社区", "幸福社区", "建设社区", "光明社区",
                    "振中社区", "银河社区", "锦绣社区")),
            new Street("向阳街道", AreaKind.STREET, List.of("向阳新村", "向阳社区", "新中社区", "东方社区",
                    "宏力社区", "文苑社区", "富康社区", "碧水社区")),
            new Street("文化街街道", AreaKind.STREET, List.of("文化街社区", "书香社区", "学苑社区", "博雅社区",
                    "翰林社区", "春晖社区", "育才社区")),
            new Street("洪门镇", AreaKind.TOWN, List.of("洪门村", "西孟营村", "东孟营村", "罗滩村", "刘庄村",
                    "靳庄村", "王庄村", "冯庄村")),
            new Street("小店镇", AreaKind.TOWN, List.of("小店村", "何屯村", "张庄村", "郭庄村", "李台村",
                    "马庄村", "朱庄村")),
            new Street("关堤乡", AreaKind.TOWN, List.of("关堤村", "石庄村", "杨庄村", "高村", "前屯村",
                    "后屯村", "赵庄村")));

    private DemoAreaTree() {
    }

    /** Every node, parents before children. */
    public static List<Area> build() {
        List<Area> nodes = new ArrayList<>();
        Area district = Area.district(DISTRICT_CODE, "红旗区");
        nodes.add(district);
        int communityCount = STREETS.stream().mapToInt(s -> s.communities().size()).sum();
        int communityIndex = 0;
        for (int s = 0; s < STREETS.size(); s++) {
            Street street = STREETS.get(s);
            Area streetNode = district.newChild(s + 1, street.name(), street.kind());
            nodes.add(streetNode);
            AreaKind communityKind = street.kind() == AreaKind.TOWN ? AreaKind.VILLAGE : AreaKind.COMMUNITY;
            for (int c = 0; c < street.communities().size(); c++, communityIndex++) {
                String name = street.communities().get(c);
                Area community = streetNode.newChild(c + 1, name, communityKind);
                nodes.add(community);
                int comprehensive = share(COMPREHENSIVE_GRIDS, communityCount, communityIndex);
                int dedicated = share(DEDICATED_GRIDS, communityCount, communityIndex);
                for (int g = 1; g <= comprehensive; g++) {
                    nodes.add(community.newChild(g, name + "第" + g + "网格", AreaKind.COMPREHENSIVE_GRID));
                }
                for (int d = 1; d <= dedicated; d++) {
                    String place = DEDICATED_PLACES[(communityIndex + d) % DEDICATED_PLACES.length];
                    nodes.add(community.newChild(comprehensive + d, name + place + "专属网格",
                            AreaKind.DEDICATED_GRID));
                }
            }
        }
        return nodes;
    }

    /** An even share of {@code total} for member {@code index} of {@code members}, the remainder to the first. */
    private static int share(int total, int members, int index) {
        return total / members + (index < total % members ? 1 : 0);
    }
}
