package org.sanling.searchindex.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analyzers of the index. Each call returns a new analyzer; analyzers are thread-safe and
 * should be reused, and closed by whoever created them.
 */
public final class ChineseAnalyzers {

    /**
     * Gap between the values of a multi-valued field, larger than any phrase we build, so that a
     * phrase never matches across the end of one value and the start of the next.
     */
    static final int VALUE_GAP = 100;

    private ChineseAnalyzers() {
    }

    /**
     * The literal analyzer: Unicode word breaking, full-width letters and digits folded to ASCII,
     * lower case, then every pair of neighbouring Han characters as a bigram at the position of its
     * first character, and the first and last character of each run of Han characters as a unigram
     * (see {@link RunEdgeUnigramFilter}). ASCII words and numbers stay whole tokens
     * ({@code SQ-2026-000123} gives {@code sq 2026 000123}, {@code Ａ３区} gives {@code a3 区}).
     *
     * <p>A single Han character is therefore found where it is alone, or at the start or end of a
     * run, but not in the middle of one: single-character queries are partly blind by design.
     */
    public static Analyzer literal() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, true);
                stream = new RunEdgeUnigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /**
     * The word analyzer: the words of {@code segmenter} (the user dictionary, then SmartChinese's
     * hidden-Markov-model segmentation over its built-in dictionary), lower case, punctuation removed.
     */
    public static Analyzer words(WordSegmenter segmenter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new SegmentingTokenizer(segmenter));
            }
        };
    }
}
