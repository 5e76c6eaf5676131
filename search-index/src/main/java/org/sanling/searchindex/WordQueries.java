package org.sanling.searchindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sanling.searchindex.analysis.LiteralTerms;
import org.sanling.searchindex.analysis.PositionedTerm;

/**
 * Builds the query for one word the user typed. Such a word matches a document when the title or
 * content contains it literally, or, for a compound the segmenter splits into words of two or more
 * Han characters ({@code 小区改造} into {@code 小区 改造}), when one of them contains each of those
 * words close together ({@code 小区进行了改造}).
 * Literal matches are boosted far above the looser ones, and a title that has the query as a word of
 * its own scores more, without that deciding the match. Thread-safe.
 */
final class WordQueries {

    static final float TITLE_BOOST = 2f;
    /**
     * Large enough that a literal match outranks a document that only has the parts of a compound,
     * which is what users expect of {@code 拖欠工资}, yet leaves BM25 to order the literal matches.
     */
    static final float LITERAL_BOOST = 10f;
    /** Positions (about characters) the words of a compound may span: roughly one clause. */
    static final int COMPOUND_WINDOW = 20;

    private final Analyzer literal;
    private final Analyzer words;

    WordQueries(Analyzer literal, Analyzer words) {
        this.literal = literal;
        this.words = words;
    }

    /**
     * The query for {@code text}, or null when it holds nothing searchable.
     *
     * @param quoted true when the user quoted it: then only literal matches count
     */
    Query word(String text, boolean quoted) {
        Query literalMatch = inTitleOrContent(text);
        if (literalMatch == null) {
            return null;
        }
        List<String> segments = segments(text);
        BooleanQuery.Builder match = new BooleanQuery.Builder()
                .add(new BoostQuery(literalMatch, LITERAL_BOOST), Occur.SHOULD);
        if (!quoted && isCompound(segments)) {
            match.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(near(IndexSchema.TITLE, segments), TITLE_BOOST), Occur.SHOULD)
                    .add(near(IndexSchema.CONTENT, segments), Occur.SHOULD)
                    .build(), Occur.SHOULD);
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(match.build(), Occur.MUST);
        for (String segment : segments) {
            scored.add(new TermQuery(new Term(IndexSchema.TITLE_WORDS, segment)), Occur.SHOULD);
        }
        return scored.build();
    }

    /** Literal match of {@code text} in the title (boosted) or the content; null if nothing searchable. */
    private Query inTitleOrContent(String text) {
        List<PositionedTerm> terms = LiteralTerms.of(literal, text);
        if (terms.isEmpty()) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(phrase(IndexSchema.TITLE, terms), TITLE_BOOST), Occur.SHOULD)
                .add(phrase(IndexSchema.CONTENT, terms), Occur.SHOULD)
                .build();
    }

    /**
     * Every word of a compound, in any order, within {@link #COMPOUND_WINDOW} positions of one
     * field. Words far apart rarely mean the compound, and letting them match anywhere made the
     * slowest queries match eight times as many documents as contain the compound.
     */
    private Query near(String field, List<String> segments) {
        IntervalsSource[] words = new IntervalsSource[segments.size()];
        for (int i = 0; i < words.length; i++) {
            String[] bigrams = LiteralTerms.of(literal, segments.get(i)).stream().map(PositionedTerm::text).toArray(String[]::new);
            words[i] = bigrams.length == 1 ? Intervals.term(bigrams[0]) : Intervals.phrase(bigrams);
        }
        return new IntervalQuery(field, Intervals.maxwidth(COMPOUND_WINDOW, Intervals.unordered(words)));
    }

    private static Query phrase(String field, List<PositionedTerm> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (PositionedTerm term : terms) {
            phrase.add(new Term(field, term.text()), term.position());
        }
        return phrase.build();
    }

    /**
     * Only words of two or more Han characters make a compound worth loosening: a word the
     * segmenter breaks into single characters ({@code 学区} into {@code 学 区}) would otherwise
     * match any text that has both characters anywhere.
     */
    private static boolean isCompound(List<String> segments) {
        return segments.size() > 1 && segments.stream().allMatch(WordQueries::isHanWord);
    }

    private static boolean isHanWord(String segment) {
        return segment.codePointCount(0, segment.length()) >= 2
                && segment.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(IndexSchema.TITLE_WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                segments.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return segments;
    }
}
