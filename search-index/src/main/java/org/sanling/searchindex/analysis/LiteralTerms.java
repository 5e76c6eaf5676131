package org.sanling.searchindex.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Picks, from the literal analysis of a query, the smallest phrase that matches wherever the
 * indexed text literally contains the query: all bigrams, a unigram only where no bigram covers
 * its character, and every ASCII token. Positions come from the same analyzer as the index, so the
 * phrase lines up with indexed text by construction.
 */
public final class LiteralTerms {

    private LiteralTerms() {
    }

    /**
     * Returns the phrase terms for {@code text}, first term at position 0; empty when the text has
     * nothing searchable (only punctuation or spaces).
     *
     * @param literal the analyzer from {@link ChineseAnalyzers#literal()}
     * @param text    the user's word or phrase, not null
     */
    public static List<PositionedTerm> of(Analyzer literal, String text) {
        List<Token> tokens = new ArrayList<>();
        Set<Integer> bigramStarts = new HashSet<>();
        try (TokenStream stream = literal.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
                    bigramStarts.add(position);
                }
                tokens.add(new Token(term.toString(), position, CJKBigramFilter.SINGLE_TYPE.equals(type.type())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return covering(tokens, bigramStarts);
    }

    private static List<PositionedTerm> covering(List<Token> tokens, Set<Integer> bigramStarts) {
        List<PositionedTerm> phrase = new ArrayList<>();
        int first = -1;
        for (Token token : tokens) {
            boolean coveredByBigram = bigramStarts.contains(token.position) || bigramStarts.contains(token.position - 1);
            if (token.hanUnigram && coveredByBigram) {
                continue;
            }
            if (first < 0) {
                first = token.position;
            }
            phrase.add(new PositionedTerm(token.text, token.position - first));
        }
        return List.copyOf(phrase);
    }

    private record Token(String text, int position, boolean hanUnigram) {
    }
}
