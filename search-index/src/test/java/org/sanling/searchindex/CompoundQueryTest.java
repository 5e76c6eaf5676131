package org.sanling.searchindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanling.searchindex.Docs.doc;
import static org.sanling.searchindex.Docs.ids;
import static org.sanling.searchindex.Docs.query;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules by which a compound query such as 道路积水 is matched word by word and ranked. */
class CompoundQueryTest extends EmptyIndexTest {

    @Test
    void compoundIsSplitIntoWordsThatMayStandAnywhere() throws IOException {
        add(doc("1", "反映", "道路一下雨就积水。"),
                doc("2", "反映", "积水很深，附近的道路都被淹了，我们出门很不方便，请有关部门尽快派人来处理这条道路。"),
                doc("3", "反映", "道路坑洼。"),
                doc("4", "反映", "小区积水。"));

        assertEquals(Set.of("1", "2"), found("道路积水"));
    }

    @Test
    void pairOfCharactersAcrossTwoWordsIsNotRequired() throws IOException {
        // 道路积水 has the pair 路积, which neither text contains.
        add(doc("1", "道路", "雨后积水"), doc("2", "电梯", "电梯经常出故障"));

        assertEquals(Set.of("1"), found("道路积水"));
        assertEquals(Set.of("2"), found("电梯故障"));
    }

    @Test
    void singleCharactersOfACompoundMakeOneWord() throws IOException {
        add(doc("1", "暖气", "家里暖气不热。"), doc("2", "暖气", "暖气片漏水，天气很热。"),
                doc("3", "楼道", "楼道里堆物太多。"), doc("4", "楼道", "楼道灯坏了，门口堆了杂物。"));

        assertEquals(Set.of("1"), found("暖气不热"));
        assertEquals(Set.of("3"), found("楼道堆物"));
    }

    @Test
    void stopWordsAreNotRequired() throws IOException {
        add(doc("1", "电梯", "电梯又出故障了"), doc("2", "电梯", "电梯很新"));

        assertEquals(Set.of("1"), found("电梯的故障"));
    }

    @Test
    void aStopWordSeparatesTheCharactersAroundIt() throws IOException {
        add(doc("1", "索引核对：已被修改", "标题已被修改。"), doc("2", "无关", "没有改动。"));

        assertEquals(Set.of("1"), found("已被修改"), "not 已修, a pair the text does not hold");
    }

    @Test
    void exactPhraseFirstThenWordsCloseTogetherThenAnywhere() throws IOException {
        add(doc("far", "反映", "道路坑洼不平，车辆经过颠簸，晚上没有路灯，老人孩子出行都很危险，下雨天门口还有积水。"),
                doc("close", "反映", "道路两旁积水严重。"),
                doc("phrase", "反映", "门前道路积水严重。"));

        SearchResult result = index.search(query("道路积水"));

        assertEquals(List.of("phrase", "close", "far"), ids(result));
        assertTrue(result.hits().get(0).score() > result.hits().get(1).score(), "scores come with the hits");
    }

    @Test
    void titleCountsMoreThanContentWithinATier() throws IOException {
        add(doc("content", "反映", "门前道路积水严重。"), doc("title", "道路积水", "门前很难走。"));

        assertEquals(List.of("title", "content"), ids(index.search(query("道路积水"))));
    }

    @Test
    void equalScoresShowTheNewestFirst() throws IOException {
        add(dated("old", Instant.parse("2024-01-01T00:00:00Z")), dated("new", Instant.parse("2025-06-01T00:00:00Z")),
                dated("middle", Instant.parse("2024-06-01T00:00:00Z")));

        assertEquals(List.of("new", "middle", "old"), ids(index.search(query("道路积水"))));
    }

    private static SearchDocument dated(String id, Instant created) {
        SearchDocument base = doc(id, "反映", "道路积水严重。");
        return new SearchDocument(id, base.kind(), null, base.title(), base.content(), base.areaCode(), base.areaName(),
                base.areaPath(), base.type(), null, base.status(), created, false, 0);
    }

    @Test
    void quotedCompoundIsAnExactPhrase() throws IOException {
        add(doc("1", "反映", "道路积水"), doc("2", "反映", "道路两旁积水"));

        assertEquals(Set.of("1"), found("\"道路积水\""));
        assertEquals(Set.of("1", "2"), found("道路积水"));
    }

    @Test
    void exclusionAndOrWorkOnCompounds() throws IOException {
        add(doc("1", "反映", "道路积水"), doc("2", "反映", "道路积水，电梯故障"), doc("3", "反映", "电梯出了故障"));

        assertEquals(Set.of("1"), found("道路积水 -电梯"));
        assertEquals(Set.of("1"), found("道路积水 -电梯故障"));
        assertEquals(Set.of("1", "2", "3"), found("道路积水 OR 电梯故障"));
    }

    @Test
    void userDictionaryChangeIsPickedUpWithoutRestart() throws IOException {
        add(doc("1", "反映", "梦萦小区门口积水"), doc("2", "反映", "梦萦路旁的小区积水"));
        // SmartChinese cuts 梦萦小区 into 梦 萦 小区: the words 梦萦 and 小区 may stand apart.
        assertEquals(Set.of("1", "2"), found("梦萦小区积水"));

        index.vocabulary().replace("areas", List.of("梦萦小区"));
        assertEquals(Set.of("1"), found("梦萦小区积水"));

        index.vocabulary().replace("areas", List.of());
        assertEquals(Set.of("1", "2"), found("梦萦小区积水"));
    }

    @Test
    void nearWordIsFoundRankedBelowTheWordTyped() throws IOException {
        add(doc("near", "反映", "楼道里电瓶车充电"), doc("typed", "反映", "楼道里电动车充电"), doc("other", "反映", "楼道里自行车"),
                doc("long", "反映", "小区里有违章建筑"));

        assertEquals(List.of("typed", "near"), ids(index.search(query("电动车"))));
        assertEquals(Set.of("near", "typed"), found("电瓶车充电"));
        assertEquals(Set.of("long"), found("违建"));
    }

    @Test
    void traditionalCharactersFindSimplifiedText() throws IOException {
        add(doc("1", "反映", "道路积水，电梯故障"), doc("2", "反映", "楼道堆物"));

        assertEquals(Set.of("1"), found("道路積水"));
        assertEquals(Set.of("1"), found("電梯故障"));
    }

    @Test
    void snippetMarksEveryWordOfTheQuery() throws IOException {
        add(doc("1", "反映", "道路两旁积水严重。"));

        assertEquals("<mark>道路</mark>两旁<mark>积水</mark>严重。", index.search(query("道路积水")).hits().get(0).snippet());
    }

    @Test
    void searchThatFindsNothingSaysWhichWordFoundNothing() throws IOException {
        add(doc("1", "反映", "道路积水严重"), Docs.in(List.of("410702", "410702002"), "2", "反映", "电梯故障，道路积水"));

        SearchResult result = index.search(SearchRequest.builder().query("道路积水 电梯").scope(Docs.GRID_PATH.get(1)).build());

        assertEquals(0, result.total());
        assertEquals(List.of(new UnmatchedWord("电梯", "道路积水")), result.unmatched());
        assertEquals(List.of(new UnmatchedWord("电梯", "道路积水 故障"), new UnmatchedWord("故障", "道路积水 电梯")),
                index.search(SearchRequest.builder().query("道路积水 电梯故障").scope(Docs.GRID_PATH.get(1)).build()).unmatched());
        assertEquals(List.of(), index.search(query("道路积水")).unmatched());
        assertEquals(List.of(), index.search(query("道路积水 -严重")).unmatched().stream().filter(w -> w.word().equals("严重")).toList());
    }
}
