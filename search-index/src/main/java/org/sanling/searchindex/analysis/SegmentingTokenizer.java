package org.sanling.searchindex.analysis;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a {@link WordSegmenter} as tokens. It reads its whole input before the first token,
 * which suits the short fields it is used on (titles, a draft at intake).
 */
final class SegmentingTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final WordSegmenter segmenter;
    private Iterator<WordSegmenter.Word> words;
    private int length;

    SegmentingTokenizer(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
            text.append(buffer, 0, read);
        }
        length = text.length();
        words = segmenter.words(text.toString()).iterator();
    }

    @Override
    public boolean incrementToken() {
        if (!words.hasNext()) {
            return false;
        }
        clearAttributes();
        WordSegmenter.Word word = words.next();
        term.setEmpty().append(word.text());
        offset.setOffset(correctOffset(word.start()), correctOffset(word.end()));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }
}
