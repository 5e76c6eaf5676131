package org.sanling.searchindex.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts text into words: the longest {@link UserDictionary} word wherever one starts in a run of Han
 * characters (left to right), SmartChinese for the text between them. The index's title words and
 * the queries are cut by the same instance, so both follow the same dictionary. Thread-safe.
 */
public final class WordSegmenter implements Closeable {

    /** A word and where it is in the text that was cut. */
    public record Word(String text, int start, int end) {
    }

    private final UserDictionary dictionary;
    private final Analyzer smartChinese = new SmartChineseAnalyzer();

    public WordSegmenter(UserDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public UserDictionary dictionary() {
        return dictionary;
    }

    /** The words of {@code text} in order, lower case, punctuation left out. */
    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int gapStart = 0;
        int i = 0;
        while (i < text.length()) {
            int length = isHan(text.charAt(i)) ? dictionary.longestAt(text, i) : 0;
            if (length == 0) {
                i++;
                continue;
            }
            smartChinese(text, gapStart, i, words);
            words.add(new Word(text.substring(i, i + length), i, i + length));
            i += length;
            gapStart = i;
        }
        smartChinese(text, gapStart, text.length(), words);
        return words;
    }

    private void smartChinese(String text, int start, int end, List<Word> words) {
        if (start == end) {
            return;
        }
        try (TokenStream stream = smartChinese.tokenStream("", text.substring(start, end))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), start + offset.startOffset(), start + offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    @Override
    public void close() {
        smartChinese.close();
    }
}
