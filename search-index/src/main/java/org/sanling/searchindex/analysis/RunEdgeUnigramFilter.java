package org.sanling.searchindex.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
 *
 * <p>The bigram filter emits each unigram just before the bigram that starts at the same position,
 * so a unigram preceded by a bigram is inside its run exactly when the next token is a bigram at
 * its position. That token is read ahead; the unigram is kept in fields rather than a captured
 * state, because this runs for nearly every character indexed. Only term, offsets, type and
 * position increment survive the look-ahead, which is all the literal analyzer produces.
 */
final class RunEdgeUnigramFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    private int position;
    private int lastBigramPosition;
    /** Position increments of dropped unigrams, added to the next token emitted. */
    private int carried;
    /** The attributes already hold the next token (read ahead, then a unigram was dropped). */
    private boolean current;
    /** The next token, when it was read ahead and a unigram had to be emitted before it. */
    private State lookahead;
    private int lookaheadPosition;
    private boolean exhausted;

    private final char[] unigram = new char[2];
    private int unigramLength;
    private int unigramStart;
    private int unigramEnd;
    private int unigramIncrement;

    RunEdgeUnigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (advance()) {
            if (!isUnigram() || lastBigramPosition != position - 1) {
                // Not a unigram, or the first character of a run: emitted as it is.
                if (isBigram()) {
                    lastBigramPosition = position;
                }
                emitCarried();
                return true;
            }
            int unigramPosition = position;
            saveUnigram();
            if (!readInput()) {
                restoreUnigram(unigramPosition);
                return true;
            }
            if (isBigram() && position == unigramPosition) {
                carried += unigramIncrement;
                current = true;
                continue;
            }
            lookahead = captureState();
            lookaheadPosition = position;
            restoreUnigram(unigramPosition);
            return true;
        }
        return false;
    }

    /** Moves to the next token (the one held, the one read ahead, or the input's next one). */
    private boolean advance() throws IOException {
        if (current) {
            current = false;
            return true;
        }
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
            position = lookaheadPosition;
            return true;
        }
        return readInput();
    }

    private boolean readInput() throws IOException {
        if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        position += increment.getPositionIncrement();
        return true;
    }

    private void saveUnigram() {
        unigramLength = term.length();
        System.arraycopy(term.buffer(), 0, unigram, 0, unigramLength);
        unigramStart = offset.startOffset();
        unigramEnd = offset.endOffset();
        unigramIncrement = increment.getPositionIncrement();
    }

    private void restoreUnigram(int unigramPosition) {
        clearAttributes();
        term.copyBuffer(unigram, 0, unigramLength);
        offset.setOffset(unigramStart, unigramEnd);
        type.setType(CJKBigramFilter.SINGLE_TYPE);
        increment.setPositionIncrement(unigramIncrement);
        position = unigramPosition;
        emitCarried();
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
        position = -1;
        lastBigramPosition = Integer.MIN_VALUE;
        carried = 0;
        current = false;
        lookahead = null;
        exhausted = false;
    }
}
