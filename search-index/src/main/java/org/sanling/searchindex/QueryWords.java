package org.sanling.searchindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sanling.searchindex.analysis.WordSegmenter;

/**
 * The words a document must contain for one piece of a query ({@code 道路积水} → {@code 道路 积水}).
 * Thread-safe.
 *
 * <p>The segmenter leaves single characters where it knows no word; they are not searched alone,
 * since a character matches far too much (and a character inside a run of Han text is not even
 * indexed alone): stop words (的, 了 …) are dropped, neighbouring single characters make one word
 * ({@code 暖气不热} → {@code 暖气 不热}, {@code 楼道堆物} → {@code 楼道 堆物}), and a single character
 * left on its own stays with the word before it, or after it at the start
 * ({@code 停车难} → {@code 停车难}), which is what such a suffix usually means (费, 员, 难 …). A stop word
 * separates what is around it, and a character standing alone between stop words is left out when the
 * query has other words ({@code 已被修改} → {@code 修改}).
 * A piece with letters or digits is one word, as codes and numbers are.
 */
final class QueryWords {

    /** Words that carry no meaning of their own in a query. */
    private static final Set<String> STOP_WORDS = Set.of(
            "的", "了", "和", "与", "及", "或", "在", "是", "把", "被", "将", "等", "也", "都", "很", "啊", "吗", "呢", "吧", "之");

    private final WordSegmenter segmenter;

    QueryWords(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The words of {@code piece}: one word when it cannot be cut, empty when it holds no word. */
    List<String> of(String piece) {
        String text = piece.strip();
        if (!text.codePoints().allMatch(c -> isHan(c) || !Character.isLetterOrDigit(c))) {
            return List.of(text);
        }
        // A stop word separates: characters on either side of it are not neighbours in the text (已被修改 must
        // not become 已修改, a pair the text does not hold).
        List<List<String>> stretches = new ArrayList<>(List.of(new ArrayList<>()));
        for (WordSegmenter.Word word : segmenter.words(text)) {
            if (STOP_WORDS.contains(word.text())) {
                stretches.add(new ArrayList<>());
            } else {
                stretches.get(stretches.size() - 1).add(word.text());
            }
        }
        List<String> words = new ArrayList<>();
        List<String> loneCharacters = new ArrayList<>();
        for (List<String> stretch : stretches) {
            List<String> glued = glueSingleCharacters(stretch);
            (glued.size() == 1 && isSingle(glued.get(0)) ? loneCharacters : words).addAll(glued);
        }
        if (words.isEmpty()) {
            words = loneCharacters;
        }
        return words.isEmpty() && !text.isEmpty() && !STOP_WORDS.contains(text) ? List.of(text) : words;
    }

    private static List<String> glueSingleCharacters(List<String> pieces) {
        List<String> runs = new ArrayList<>();
        boolean lastWasSingle = false;
        for (String piece : pieces) {
            boolean single = isSingle(piece);
            if (single && lastWasSingle) {
                runs.set(runs.size() - 1, runs.get(runs.size() - 1) + piece);
            } else {
                runs.add(piece);
            }
            lastWasSingle = single;
        }
        List<String> words = new ArrayList<>();
        String pending = "";
        for (String run : runs) {
            if (isSingle(run) && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + run);
            } else if (isSingle(run)) {
                pending = run;
            } else {
                words.add(pending + run);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            words.add(pending);
        }
        return words;
    }

    private static boolean isSingle(String piece) {
        return piece.codePointCount(0, piece.length()) == 1 && isHan(piece.codePointAt(0));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
