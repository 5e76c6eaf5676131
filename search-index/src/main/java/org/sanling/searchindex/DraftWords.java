package org.sanling.searchindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.sanling.searchindex.analysis.LiteralTerms;
import org.sanling.searchindex.analysis.PositionedTerm;
import org.sanling.searchindex.analysis.WordSegmenter;

/**
 * The query that finds documents like a text, made of the text's words as a search matches them:
 * the same segmenter and user dictionary, each word matched as the sequence of its character pairs,
 * so pairs across two words ({@code 路积} in {@code 道路积水}) never make two texts look alike.
 * The most distinctive words by tf-idf make the query, so common ones (办理, 问题, …) fall out
 * without a stop list. Thread-safe.
 */
final class DraftWords {

    /** Enough distinctive words to characterise a message of a few sentences. */
    private static final int MAX_WORDS = 25;

    private final WordSegmenter segmenter;
    private final Analyzer literal;

    DraftWords(WordSegmenter segmenter, Analyzer literal) {
        this.segmenter = segmenter;
        this.literal = literal;
    }

    /** A disjunction of the most distinctive words of {@code text}, each weighted by its tf-idf; null when none. */
    Query like(IndexReader reader, String text) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        for (WordSegmenter.Word word : segmenter.words(text)) {
            if (word.text().codePointCount(0, word.text().length()) >= 2) {
                frequencies.merge(word.text(), 1, Integer::sum);
            }
        }
        record Weighted(List<PositionedTerm> terms, float weight) {
        }
        int documents = Math.max(1, reader.numDocs());
        List<Weighted> words = frequencies.entrySet().stream()
                .map(entry -> {
                    List<PositionedTerm> terms = LiteralTerms.of(literal, entry.getKey());
                    int docFreq = rarestTermFrequency(reader, terms);
                    float idf = (float) Math.log(1 + (documents - docFreq + 0.5) / (docFreq + 0.5));
                    return new Weighted(terms, docFreq == 0 ? 0 : entry.getValue() * idf);
                })
                .filter(word -> word.weight() > 0)
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed())
                .limit(MAX_WORDS)
                .toList();
        if (words.isEmpty()) {
            return null;
        }
        float top = words.get(0).weight();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Weighted word : words) {
            any.add(new BoostQuery(WordQueries.inTitleOrContent(word.terms()), word.weight() / top), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * The document frequency of the word's rarest term in the content: an upper bound of the word's
     * own, read without running its phrase; zero when some term is missing, so the word cannot match.
     */
    private static int rarestTermFrequency(IndexReader reader, List<PositionedTerm> terms) {
        int rarest = Integer.MAX_VALUE;
        try {
            for (PositionedTerm term : terms) {
                rarest = Math.min(rarest, reader.docFreq(new Term(IndexSchema.CONTENT, term.text())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.isEmpty() ? 0 : rarest;
    }
}
