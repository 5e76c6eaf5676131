package org.sanling.searchindex;

import java.util.Optional;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.sanling.searchindex.analysis.SimplifiedChinese;

/**
 * Turns the text a user typed into a query, never failing: what does not parse is searched as
 * plain words, with a warning. Thread-safe (a new Lucene parser is made per call, as those are not).
 */
final class UserQueryParser {

    /** The text part of a query and, when the input was not understood as written, why. */
    record ParsedQuery(Query query, Optional<String> warning) {
    }

    private final WordQueries words;
    private final SimplifiedChinese simplified;

    UserQueryParser(WordQueries words, SimplifiedChinese simplified) {
        this.words = words;
        this.simplified = simplified;
    }

    ParsedQuery parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new ParsedQuery(new MatchAllDocsQuery(), Optional.empty());
        }
        // The messages are in simplified characters; a query in traditional ones means the same words.
        String input = simplified.of(typed);
        try {
            return new ParsedQuery(matchAllIfOnlyExclusions(new WordParser().parse(input)), Optional.empty());
        } catch (ParseException e) {
            return new ParsedQuery(plainWords(input),
                    Optional.of("The query could not be parsed, so it was searched as plain words."));
        }
    }

    /** Every whitespace-separated piece of the input must match, operators and all taken as text. */
    private Query plainWords(String input) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String piece : input.trim().split("\\s+")) {
            Query word = words.word(piece, false);
            if (word != null) {
                all.add(word, Occur.MUST);
            }
        }
        BooleanQuery query = all.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("nothing searchable") : query;
    }

    /** Lucene matches nothing for a query of exclusions only; users mean "everything but". */
    private static Query matchAllIfOnlyExclusions(Query query) {
        if (query instanceof BooleanQuery bool
                && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(BooleanClause::isProhibited)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    /**
     * The classic parser for its operators, quotes and grouping; every piece of text goes to
     * {@link WordQueries}, and syntax we do not offer (ranges, wildcards, fuzzy, regular
     * expressions, boosts on fields) is rejected so that the input is searched as plain words.
     */
    private final class WordParser extends QueryParser {

        WordParser() {
            super(IndexSchema.CONTENT, new KeywordAnalyzer());
            setDefaultOperator(Operator.AND);
            // Each space-separated word gets its own clause; off, the parser would hand us "停车 收费" whole.
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) {
            return words.word(queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) {
            return words.word(queryText, true);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            throw unsupported("ranges");
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            throw unsupported("wildcards");
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            throw unsupported("wildcards");
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            throw unsupported("fuzzy search");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw unsupported("regular expressions");
        }

        private ParseException unsupported(String what) {
            return new ParseException(what + " are not supported");
        }
    }
}
