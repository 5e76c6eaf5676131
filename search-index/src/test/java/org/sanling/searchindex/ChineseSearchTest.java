package org.sanling.searchindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanling.searchindex.Docs.doc;
import static org.sanling.searchindex.Docs.ids;
import static org.sanling.searchindex.Docs.query;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChineseSearchTest extends EmptyIndexTest {

    @Test
    void compoundQueryFindsItsWordsApart() throws IOException {
        add(doc("1", "老旧小区", "我们小区进行了改造，但是效果不好。"), doc("2", "道路", "道路改造以后很通畅。"));

        assertEquals(Set.of("1"), found("小区改造"));
    }

    @Test
    void wordsOfTheQueryMayStandApart() throws IOException {
        add(doc("1", "停车难", "小区门口停车很难，物业还乱收费。"), doc("2", "停车", "停车位够用。"));

        assertEquals(Set.of("1"), found("停车 收费"));
    }

    @Test
    void wordFindsTheCompoundsThatContainIt() throws IOException {
        add(doc("1", "停车场收费高", "希望降低收费。"),
                doc("2", "关于停车费", "每月停车费太贵。"),
                doc("3", "十字路口红绿灯", "路灯坏了。"),
                doc("4", "公交", "线路太少。"));

        assertEquals(Set.of("1", "2"), found("停车"));
        assertEquals(Set.of("3"), found("路口"));
    }

    @Test
    void literalPhraseRanksAboveItsWordsApart() throws IOException {
        add(doc("1", "拖欠问题", "公司拖欠货款，工资也没有发，工资条也没有。拖欠严重。"),
                doc("2", "工资", "工资低，老板还拖欠奖金，拖欠很久了。"),
                doc("3", "求助", "某公司拖欠工资三个月。"),
                doc("4", "拖欠", "拖欠房租，工资不够。"));

        SearchResult result = index.search(query("拖欠工资"));

        assertEquals(4, result.total());
        assertEquals("3", result.hits().get(0).id());
    }

    @Test
    void quotedWordMatchesOnlyLiterally() throws IOException {
        add(doc("1", "老旧小区", "我们小区进行了改造。"), doc("2", "小区改造", "请尽快。"));

        assertEquals(Set.of("2"), found("\"小区改造\""));
    }

    @Test
    void wordTheSegmenterSplitsIntoCharactersIsNotLoosened() throws IOException {
        add(doc("1", "学区划分", "孩子上学难。"), doc("2", "上学", "学校在A3区，离家太远。"));

        assertEquals(Set.of("1"), found("学区"));
    }

    @Test
    void titleRanksAboveContent() throws IOException {
        add(doc("1", "路灯", "小区门口的垃圾没有人清理，另外路灯不亮。"), doc("2", "垃圾清理", "小区门口路灯不亮。"));

        assertEquals(List.of("2", "1"), ids(index.search(query("垃圾"))));
    }

    @Test
    void codesNumbersAndAreaNamesAreFindable() throws IOException {
        SearchDocument numbered = new SearchDocument("1", DocumentKind.SUBMISSION, "SQ-2026-000123", "噪音扰民",
                "晚上施工。", "410702001001001", null, Docs.GRID_PATH, null, null, "RECEIVED", Docs.CREATED, false, 0);
        add(numbered,
                doc("2", "A3区大道占道施工", "请联系电话138-1234-5678。"),
                doc("3", "Ａ３区", "全角的区名。"),
                doc("4", "SQ-2026-000124", "另一个编号。"));

        assertEquals(Set.of("1"), found("SQ-2026-000123"));
        assertEquals(Set.of("1"), found("sq-2026-000123"));
        assertEquals(Set.of("2", "3"), found("A3区"));
        assertEquals(Set.of("2"), found("1234"));
        assertEquals(Set.of("2"), found("138-1234-5678"));
    }

    @Test
    void blankQueryMatchesEverything() throws IOException {
        add(doc("1", "一", "甲"), doc("2", "二", "乙"));

        assertEquals(2, index.search(query("  ")).total());
        assertEquals(2, index.search(query(null)).total());
    }

    @Test
    void operatorsWork() throws IOException {
        add(doc("1", "停车", "收费"), doc("2", "停车", "免费"), doc("3", "垃圾", "清理"));

        assertEquals(Set.of("2"), found("停车 -收费"));
        assertEquals(Set.of("1", "3"), found("收费 OR 垃圾"));
        assertEquals(Set.of("1", "2"), found("-垃圾"));
        assertTrue(found("停车 AND (收费 OR 免费)").containsAll(Set.of("1", "2")));
    }
}
