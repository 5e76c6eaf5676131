package org.sanling.searchindex.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Follows a {@link CJKBigramFilter} that outputs unigrams, and keeps only the unigrams at the two
 * ends of each run of Han characters (and of course those of a lone character).
 *
 * <p>Why: a single character of a query next to ASCII ({@code A3区}) must find text in which it
 * starts a longer run ({@code A3区大道}), and a run end is where that can happen; characters
 * inside a run are always found through their bigrams. Indexing every unigram instead doubled the
 * literal field and halved the indexing rate.
 */
final class RunEdgeUnigramFilter extends TokenFilter {

    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    /** The token read ahead to see whether a unigram is followed by a bigram, and its position. */
    private State lookahead;
    private int lookaheadPosition;
    private int position;
    private int lastBigramPosition;
    /** Position increments of dropped unigrams, added to the next token emitted. */
    private int carried;

    RunEdgeUnigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (nextToken()) {
            int tokenPosition = position;
            if (!isUnigram()) {
                if (isBigram()) {
                    lastBigramPosition = tokenPosition;
                }
                emitCarried();
                return true;
            }
            boolean precededByHan = lastBigramPosition == tokenPosition - 1;
            State unigram = captureState();
            boolean followedByHan = readAhead() && isBigram() && lookaheadPosition == tokenPosition;
            restoreState(unigram);
            if (precededByHan && followedByHan) {
                carried += increment.getPositionIncrement();
                continue;
            }
            emitCarried();
            return true;
        }
        return false;
    }

    /** Moves to the next token, from the lookahead if there is one; sets {@link #position}. */
    private boolean nextToken() throws IOException {
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
            position = lookaheadPosition;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        position += increment.getPositionIncrement();
        return true;
    }

    private boolean readAhead() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        lookaheadPosition = position + increment.getPositionIncrement();
        lookahead = captureState();
        return true;
    }

    private void emitCarried() {
        increment.setPositionIncrement(increment.getPositionIncrement() + carried);
        carried = 0;
    }

    private boolean isUnigram() {
        return CJKBigramFilter.SINGLE_TYPE.equals(type.type());
    }

    private boolean isBigram() {
        return CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lookahead = null;
        position = -1;
        lastBigramPosition = Integer.MIN_VALUE;
        carried = 0;
    }
}
