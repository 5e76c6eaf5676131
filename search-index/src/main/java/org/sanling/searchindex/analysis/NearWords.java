package org.sanling.searchindex.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usual other spellings of the same thing (电动车/电瓶车, 违建/违章建筑 …), from the curated groups
 * of {@code near-words.txt}: a query for one word also finds the others, ranked lower. Immutable.
 */
public final class NearWords {

    private final Map<String, List<String>> others;

    private NearWords(Map<String, List<String>> others) {
        this.others = Map.copyOf(others);
    }

    /** The curated groups of this module. */
    public static NearWords curated() {
        Map<String, List<String>> others = new HashMap<>();
        for (String line : UserDictionary.readResource("near-words.txt")) {
            List<String> group = List.of(line.split("\\s+"));
            for (String word : group) {
                others.put(word, group.stream().filter(other -> !other.equals(word)).toList());
            }
        }
        return new NearWords(others);
    }

    /** The other words of {@code word}'s group, empty when it has none. */
    public List<String> of(String word) {
        return others.getOrDefault(word, List.of());
    }

    /** Every word of every group. */
    Set<String> words() {
        return others.keySet();
    }
}
