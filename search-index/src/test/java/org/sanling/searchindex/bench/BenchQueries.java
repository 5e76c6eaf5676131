package org.sanling.searchindex.bench;

import java.util.ArrayList;
import java.util.List;
import org.sanling.searchindex.SearchRequest;

/**
 * Fifty queries a handler or leader would type, all words taken from the real messages, each with a
 * scope: in turn the district, a street and a community.
 */
public final class BenchQueries {

    static final List<String> TEXTS = List.of(
            "停车", "小区改造", "拖欠工资", "噪音扰民", "物业费", "学区", "路口", "垃圾", "油烟", "违章建筑",
            "公积金", "社保", "医保", "拆迁", "补偿款", "装修", "施工", "污染", "绿化", "路灯",
            "积水", "供水", "停电", "燃气", "公交", "出租车", "幼儿园", "教师", "医院", "养老",
            "低保", "户口", "房产证", "开发商", "业主", "电梯", "消防", "安全隐患", "占道经营", "广场舞",
            "烧烤", "农民工", "扶贫", "城管", "红绿灯", "停车 收费", "小区 电梯", "学校 食堂", "环境 污染", "物业 维修");

    private BenchQueries() {
    }

    public static List<SearchRequest> requests(AreaTree areas) {
        List<SearchRequest> requests = new ArrayList<>(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            requests.add(SearchRequest.builder().query(TEXTS.get(i)).scope(scope(areas, i)).page(0, 20).build());
        }
        return requests;
    }

    /** The scope of the {@code i}-th query: in turn the district, a street and a community. */
    static String scope(AreaTree areas, int i) {
        return switch (i % 3) {
            case 0 -> AreaTree.DISTRICT;
            case 1 -> areas.streets().get(i % areas.streets().size());
            default -> areas.communities().get(i * 7 % areas.communities().size());
        };
    }

    /** The words of a query, each of which a literal match contains. */
    static String[] words(SearchRequest request) {
        return request.query().trim().split("\\s+");
    }
}
