package org.sanling.searchindex;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sanling.searchindex.analysis.LiteralTerms;
import org.sanling.searchindex.analysis.NearWords;
import org.sanling.searchindex.analysis.PositionedTerm;

/**
 * Builds the query for one piece of what the user typed (the text between spaces, or a quoted
 * phrase). The piece is cut into its words ({@link QueryWords}: {@code 道路积水} → {@code 道路 积水}),
 * and a document matches when its title or content contains every word, anywhere: each word as the
 * sequence of its character pairs, so it matches however the document's text would be segmented, and
 * pairs across two words of the query ({@code 路积}) are never required. A word also matches as
 * one of its {@link NearWords} (电瓶车 for 电动车), ranked lower. A quoted piece matches only
 * where the text contains it as written.
 *
 * <p>Ranking, strongest first: the piece as written (the exact phrase), then all its words close
 * together, then BM25 of the words, the title counting more than the content; the two tiers are
 * constant bonuses far above any BM25 sum, so they decide the order whatever the term statistics.
 * A near word scores a small constant instead of BM25. (A third tier for "every word as typed"
 * evaluated the words twice and made the commonest compounds a third slower.)
 * Thread-safe.
 */
final class WordQueries {

    static final float TITLE_BOOST = 2f;
    /**
     * Score of a near word where the word typed is missing: a small constant, below the BM25 of any
     * but the most common typed word, so documents with the words as typed come first.
     */
    static final float NEAR_WORD_SCORE = 0.1f;
    /** Score added where the text contains the piece as written. */
    static final float PHRASE_BONUS = 100_000f;
    /** Score added where the words of the piece lie close together; a tenth of the phrase's. */
    static final float CLOSE_BONUS = 10_000f;
    /** How many more positions (about characters) than the piece itself its words may span to count as close. */
    static final int CLOSE_SLACK = 6;

    private final Analyzer literal;
    private final QueryWords queryWords;
    private final NearWords nearWords;

    WordQueries(Analyzer literal, QueryWords queryWords, NearWords nearWords) {
        this.literal = literal;
        this.queryWords = queryWords;
        this.nearWords = nearWords;
    }

    /**
     * The query for {@code text}, or null when it holds nothing searchable (nothing but punctuation
     * or stop words).
     *
     * @param quoted true when the user quoted it: then only the text as written matches
     */
    Query word(String text, boolean quoted) {
        List<PositionedTerm> asWritten = LiteralTerms.of(literal, text);
        if (asWritten.isEmpty()) {
            return null;
        }
        if (quoted) {
            return inTitleOrContent(asWritten);
        }
        List<String> words = queryWords.of(text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(withNearWords(word), Occur.MUST);
            // A title in which the word is a word of its own (not part of a longer one) is about it.
            query.add(new TermQuery(new Term(IndexSchema.TITLE_WORDS, word)), Occur.SHOULD);
        }
        if (words.size() <= 1) {
            return query.build();
        }
        query.add(bonus(inTitleOrContent(asWritten), PHRASE_BONUS), Occur.SHOULD);
        int width = asWritten.get(asWritten.size() - 1).position() + 1 + CLOSE_SLACK;
        query.add(bonus(new BooleanQuery.Builder()
                .add(close(IndexSchema.TITLE, words, width), Occur.SHOULD)
                .add(close(IndexSchema.CONTENT, words, width), Occur.SHOULD)
                .build(), CLOSE_BONUS), Occur.SHOULD);
        return query.build();
    }

    /** {@code word} in the title or content, or one of its near words at a small constant score. */
    private Query withNearWords(String word) {
        Query typed = inTitleOrContent(LiteralTerms.of(literal, word));
        List<String> near = nearWords.of(word);
        if (near.isEmpty()) {
            return typed;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
        for (String other : near) {
            any.add(bonus(inTitleOrContent(LiteralTerms.of(literal, other)), NEAR_WORD_SCORE), Occur.SHOULD);
        }
        return any.build();
    }

    /** The words as written, in the title (weighing more) or the content. */
    static Query inTitleOrContent(List<PositionedTerm> terms) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(phrase(IndexSchema.TITLE, terms), TITLE_BOOST), Occur.SHOULD)
                .add(phrase(IndexSchema.CONTENT, terms), Occur.SHOULD)
                .build();
    }

    private static Query bonus(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    /** Every word, in any order, within {@code width} positions of one field. */
    private Query close(String field, List<String> words, int width) {
        IntervalsSource[] sources = new IntervalsSource[words.size()];
        for (int i = 0; i < sources.length; i++) {
            String[] terms = LiteralTerms.of(literal, words.get(i)).stream().map(PositionedTerm::text).toArray(String[]::new);
            sources[i] = terms.length == 1 ? Intervals.term(terms[0]) : Intervals.phrase(terms);
        }
        return new IntervalQuery(field, Intervals.maxwidth(width, Intervals.unordered(sources)));
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
}
