package org.sanling.searchindex.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiteralAnalysisTest {

    private final Analyzer literal = ChineseAnalyzers.literal();

    @AfterEach
    void close() {
        literal.close();
    }

    /** Tokens as {@code term@position[start,end)}. */
    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = literal.tokenStream("content", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void bigramsWithUnigramsOnlyAtTheEndsOfARun() throws IOException {
        assertEquals(List.of("小@0[0,1)", "小区@0[0,2)", "区改@1[1,3)", "改造@2[2,4)", "造@3[3,4)", "好@4[5,6)"),
                tokens("小区改造，好"));
    }

    @Test
    void asciiWordsAndNumbersStayWholeAndFullWidthIsFolded() throws IOException {
        assertEquals(List.of("sq@0[0,2)", "2026@1[3,7)", "000123@2[8,14)"), tokens("SQ-2026-000123"));
        assertEquals(List.of("a3@0[0,2)", "区@1[2,3)"), tokens("Ａ３区"));
        assertEquals(List.of("a3@0[0,2)", "区@1[2,3)", "区大@1[2,4)", "大道@2[3,5)", "道@3[4,5)"), tokens("A3区大道"));
    }

    @Test
    void queryPhraseUsesBigramsAndOnlyLoneUnigrams() {
        assertEquals(List.of(new PositionedTerm("停车", 0), new PositionedTerm("车场", 1)), LiteralTerms.of(literal, "停车场"));
        assertEquals(List.of(new PositionedTerm("a3", 0), new PositionedTerm("区", 1)), LiteralTerms.of(literal, "A3区"));
        assertEquals(List.of(new PositionedTerm("停车", 0), new PositionedTerm("收费", 2)), LiteralTerms.of(literal, "停车，收费"));
        assertEquals(List.of(), LiteralTerms.of(literal, "，。！"));
    }
}
