package org.sanling.searchindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
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
 * Han characters ({@code 小区改造} into {@code 小区 改造}), when they contain each of those words.
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
            BooleanQuery.Builder everyPart = new BooleanQuery.Builder();
            for (String segment : segments) {
                everyPart.add(inTitleOrContent(segment), Occur.MUST);
            }
            match.add(everyPart.build(), Occur.SHOULD);
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
