package org.sanling.searchindex.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Replaces the traditional characters of {@code traditional-simplified.txt} by their simplified forms,
 * so that a query typed in traditional characters finds the simplified text of the messages. A small
 * curated table rather than ICU's transliterator, which this module does not otherwise need
 * (icu4j is some 14 MB). Immutable and thread-safe.
 */
public final class SimplifiedChinese {

    private final Map<Character, Character> simplified;

    private SimplifiedChinese(Map<Character, Character> simplified) {
        this.simplified = Map.copyOf(simplified);
    }

    /** The curated table of this module. */
    public static SimplifiedChinese curated() {
        Map<Character, Character> table = new HashMap<>();
        for (String pair : UserDictionary.readResource("traditional-simplified.txt")) {
            table.put(pair.charAt(0), pair.charAt(1));
        }
        return new SimplifiedChinese(table);
    }

    /** {@code text} with each traditional character of the table replaced; the same string when there is none. */
    public String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character replacement = simplified.get(text.charAt(i));
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, replacement);
            }
        }
        return out == null ? text : out.toString();
    }
}
