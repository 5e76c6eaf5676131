package org.sanling.searchindex;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Content snippets with the matches marked. The passage formatter escapes the text, so the only
 * markup in a snippet is {@code <mark>}; a hit that matched in the title alone gets the start of its
 * content. Thread-safe: a highlighter is built per call, which costs next to nothing.
 */
final class Snippets {

    /** About two lines of a result list in Chinese. */
    private static final int SNIPPET_CHARS = 100;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * One snippet per document, in the order of {@code docIds}; never null, empty for empty content.
     *
     * @param highlight what to mark in the content: no filters, which add nothing to mark and make
     *                  the highlighter several times slower (see {@link ContentHighlightQuery})
     */
    String[] of(IndexSearcher searcher, Query highlight, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] snippets = highlighter
                .highlightFields(new String[] {IndexSchema.CONTENT}, highlight, docIds, new int[] {1})
                .get(IndexSchema.CONTENT);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
        }
        return snippets;
    }
}
