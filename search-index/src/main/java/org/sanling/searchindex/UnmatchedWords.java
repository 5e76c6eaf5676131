package org.sanling.searchindex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.sanling.searchindex.analysis.SimplifiedChinese;

/**
 * Explains a search that found nothing: which of the words the user asked for (not those excluded or
 * offered as alternatives with OR) no document in the same scope and filters contains, each with the
 * query without it. Thread-safe.
 */
final class UnmatchedWords {

    /** A quoted phrase, or a run of anything but spaces. */
    private static final Pattern PIECE = Pattern.compile("\"[^\"]*\"|\\S+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!");

    private final WordQueries queries;
    private final QueryWords queryWords;
    private final SimplifiedChinese simplified;

    UnmatchedWords(WordQueries queries, QueryWords queryWords, SimplifiedChinese simplified) {
        this.queries = queries;
        this.queryWords = queryWords;
        this.simplified = simplified;
    }

    /** The words of {@code request}'s query that match nothing in its scope and filters; empty when every word matches something. */
    List<UnmatchedWord> of(IndexSearcher searcher, SearchRequest request) throws IOException {
        List<String> pieces = pieces(simplified.of(request.query()));
        if (pieces.stream().anyMatch(piece -> piece.equals("OR") || piece.equals("||"))) {
            // With alternatives, no single word is to blame.
            return List.of();
        }
        List<UnmatchedWord> unmatched = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (!isAsked(pieces, i)) {
                continue;
            }
            boolean quoted = piece.length() > 1 && piece.startsWith("\"") && piece.endsWith("\"");
            String text = unwrap(piece);
            List<String> words = quoted ? List.of(text) : queryWords.of(text);
            for (String word : words) {
                Query query = queries.word(word, quoted);
                if (query != null && searcher.count(Filters.of(query, request)) == 0) {
                    unmatched.add(new UnmatchedWord(word.toLowerCase(Locale.ROOT), without(pieces, i, words, word, quoted)));
                }
            }
        }
        return unmatched;
    }

    private static List<String> pieces(String query) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = PIECE.matcher(query);
        while (matcher.find()) {
            pieces.add(matcher.group());
        }
        return pieces;
    }

    /** A piece that holds words the user wants found: not an operator, not excluded. */
    private static boolean isAsked(List<String> pieces, int i) {
        String piece = pieces.get(i);
        boolean excluded = piece.startsWith("-") || piece.startsWith("!") || (i > 0 && pieces.get(i - 1).equals("NOT"));
        return !OPERATORS.contains(piece) && !excluded;
    }

    /** The piece without grouping and quotes. */
    private static String unwrap(String piece) {
        return piece.replaceAll("^[(+]+|\\)+$", "").replace("\"", "");
    }

    /** The query with {@code word} left out of the {@code i}-th piece (the piece goes when it was its only word). */
    private static String without(List<String> pieces, int i, List<String> words, String word, boolean quoted) {
        List<String> kept = new ArrayList<>(pieces);
        if (quoted || words.size() == 1) {
            kept.remove(i);
        } else {
            List<String> rest = new ArrayList<>(words);
            rest.remove(word);
            kept.set(i, String.join(" ", rest));
        }
        return String.join(" ", kept).strip();
    }
}
