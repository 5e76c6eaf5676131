package org.sanling.searchindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanling.searchindex.Docs.doc;
import static org.sanling.searchindex.Docs.ids;
import static org.sanling.searchindex.Docs.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnippetAndQuerySafetyTest {

    @TempDir
    Path folder;
    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder);
        index.upsertAll(List.of(
                doc("1", "网页有问题", "留言里出现了<script>alert(1)</script>这样的内容 & \"引号\"，请处理。"),
                doc("2", "噪音扰民", "工地晚上施工，噪音很大。"),
                doc("3", "unbalanced title", "有人写了 AND OR 这样的字。")));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void snippetIsEscapedTextWithOnlyMarkTags() throws IOException {
        String snippet = index.search(query("alert")).hits().get(0).snippet();

        assertTrue(snippet.contains("&lt;script&gt;<mark>alert</mark>(1)&lt;&#x2F;script&gt;"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        assertEquals(snippet, snippet.replaceAll("<(?!/?mark>)", "&lt;"), "only <mark> tags: " + snippet);
    }

    @Test
    void matchedWordsAreMarkedInChineseText() throws IOException {
        assertEquals("工地晚上施工，<mark>噪音</mark>很大。", index.search(query("噪音")).hits().get(0).snippet());
    }

    @Test
    void onlyTheWordsSearchedForAreMarked() throws IOException {
        assertEquals("工地晚上<mark>施工</mark>，噪音很大。", index.search(query("施工 -停车")).hits().get(0).snippet());
        assertEquals(List.of(), ids(index.search(query("施工 -噪音"))));
    }

    @Test
    void titleOnlyMatchGivesTheStartOfTheContent() throws IOException {
        assertEquals("工地晚上施工，噪音很大。", index.search(query("扰民")).hits().get(0).snippet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND OR (", "title:[", "停车*", "[1 TO 2]", "噪音~", "/正则/", ")("})
    void malformedQueryIsSearchedAsPlainWordsWithAWarning(String input) throws IOException {
        SearchResult result = index.search(query(input));

        assertTrue(result.warning().isPresent(), input);
    }

    @Test
    void malformedQueryStillFindsItsWords() throws IOException {
        SearchResult result = index.search(query("\"unbalanced"));

        assertEquals(List.of("3"), ids(result));
        assertTrue(result.warning().isPresent());
    }

    @Test
    void wellFormedQueryHasNoWarning() throws IOException {
        SearchResult result = index.search(query("噪音 \"施工\" -停车"));

        assertFalse(result.warning().isPresent());
        assertEquals(List.of("2"), ids(result));
    }

    @Test
    void fieldPrefixCannotReachOtherFields() throws IOException {
        assertEquals(List.of("2"), ids(index.search(query("area:噪音"))));
    }
}
