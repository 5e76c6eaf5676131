package org.sanling.searchindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanling.searchindex.Docs.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarDocumentsTest {

    private static final List<String> OTHER_STREET = List.of("410702", "410702002", "410702002001");

    @TempDir
    Path folder;
    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder);
        index.upsertAll(List.of(
                doc("1", "小区广场舞噪音扰民", "每天晚上广场舞音响声音太大，严重影响休息，希望城管处理。"),
                doc("2", "广场舞噪音太大", "小区广场舞音响噪音扰民，老人孩子无法休息。"),
                Docs.in(OTHER_STREET, "3", "广场舞扰民", "广场舞音响声音太大，影响休息。"),
                doc("4", "拖欠工资", "公司拖欠农民工工资三个月。"),
                doc("5", "公交线路", "希望增加公交线路，方便出行。"),
                doc("6", "道路积水", "下雨后道路积水严重。")));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    @Test
    void documentFindsItsLikesButNotItself() throws IOException {
        List<String> similar = ids(index.similar(SimilarRequest.toDocument("1", 2)));

        assertEquals(2, similar.size());
        assertEquals(List.of("2", "3"), similar.stream().sorted().toList());
    }

    @Test
    void draftFindsItsLikesWithinScope() throws IOException {
        SimilarRequest draft = SimilarRequest.toDraft("广场舞噪音", "晚上广场舞音响太吵，无法休息", 10);

        assertEquals(List.of("1", "2", "3"), ids(index.similar(draft)).stream().sorted().toList());
        assertEquals(List.of("1", "2"), ids(index.similar(draft.withScope("410702001"))).stream().sorted().toList());
        assertEquals(List.of("3"), ids(index.similar(draft.withArea("410702002001"))));
        assertEquals(List.of(), ids(index.similar(draft.withSince(Instant.parse("2026-01-01T00:00:00Z")))));
    }

    @Test
    void likesCanBeNarrowedToOneKind() throws IOException {
        index.upsert(new SearchDocument("C-8", DocumentKind.CONSULTATION, null, "邻里纠纷：广场舞噪音", "广场舞音响太吵",
                "410702001001001", null, Docs.GRID_PATH, null, "邻里纠纷", "ANSWERED", Docs.CREATED, false, 0));
        index.refresh();
        SimilarRequest draft = SimilarRequest.toDraft("广场舞噪音", "晚上广场舞音响太吵，无法休息", 10);

        assertTrue(ids(index.similar(draft)).contains("C-8"));
        assertEquals(List.of("1", "2", "3"), ids(index.similar(draft.withKind(DocumentKind.SUBMISSION))).stream().sorted().toList());
        assertEquals(List.of("C-8"), ids(index.similar(draft.withKind(DocumentKind.CONSULTATION))));
    }

    @Test
    void draftIsComparedWordByWordNotByPairsAcrossWords() throws IOException {
        index.upsertAll(List.of(doc("7", "电梯", "电梯经常出故障，请维修。"), doc("8", "楼梯", "有人在楼梯故意堆放杂物。")));
        index.refresh();

        // 电梯故障 has the pair 梯故 across its two words, which only document 8 contains.
        assertEquals(List.of("7"), ids(index.similar(SimilarRequest.toDraft("电梯故障", "", 10))));
    }

    @Test
    void unknownDocumentHasNoLikes() throws IOException {
        assertEquals(List.of(), index.similar(SimilarRequest.toDocument("nope", 5)));
    }
}
