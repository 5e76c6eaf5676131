package org.sanling.searchindex.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Words the segmenter keeps whole although its own dictionary would cut them: the portal's vocabulary
 * (categories, area names, legal topics, campaign categories …), fed by the application under a
 * source name and replaced whole whenever that source changes, plus the curated governance words of
 * {@code governance-words.txt} and the near words of {@link NearWords}, which are always there.
 *
 * <p>Queries see a change at once; the indexed title words of documents indexed earlier keep their old
 * segmentation until a rebuild, which only affects ranking (matching reads the character pairs of the
 * text, which do not depend on the dictionary). Thread-safe: readers see an immutable snapshot.
 */
public final class UserDictionary {

    /** The source name of the curated words, which the application cannot replace. */
    public static final String CURATED = "curated";

    private final Map<String, Set<String>> sources = new LinkedHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(Set.of(), 0);

    /** A dictionary of the curated governance words and the given near words. */
    public UserDictionary(NearWords nearWords) {
        Set<String> curated = new HashSet<>(readResource("governance-words.txt"));
        curated.addAll(nearWords.words());
        sources.put(CURATED, Set.copyOf(curated));
        publish();
    }

    /**
     * Replaces the words of {@code source} (e.g. {@code "categories"}); blank entries and entries
     * shorter than two characters are ignored, an empty collection removes the source.
     */
    public synchronized void replace(String source, Collection<String> words) {
        if (CURATED.equals(Objects.requireNonNull(source, "source"))) {
            throw new IllegalArgumentException("the curated words are a resource of this module");
        }
        Set<String> kept = new HashSet<>();
        for (String word : words) {
            String trimmed = word == null ? "" : word.strip();
            if (trimmed.codePointCount(0, trimmed.length()) >= 2) {
                kept.add(trimmed);
            }
        }
        if (kept.isEmpty()) {
            sources.remove(source);
        } else {
            sources.put(source, Set.copyOf(kept));
        }
        publish();
    }

    /** Every word of every source, as searches see it now. */
    public Set<String> words() {
        return snapshot.words;
    }

    /** Length in chars of the longest dictionary word that starts at {@code start} of {@code text}, or 0. */
    int longestAt(CharSequence text, int start) {
        Snapshot current = snapshot;
        int longest = Math.min(current.maxLength, text.length() - start);
        for (int length = longest; length >= 2; length--) {
            if (current.words.contains(text.subSequence(start, start + length).toString())) {
                return length;
            }
        }
        return 0;
    }

    private void publish() {
        Set<String> all = new HashSet<>();
        sources.values().forEach(all::addAll);
        snapshot = new Snapshot(Set.copyOf(all), all.stream().mapToInt(String::length).max().orElse(0));
    }

    /** The non-comment, non-blank lines of a resource of this package, stripped. */
    static List<String> readResource(String name) {
        try (InputStream in = UserDictionary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource " + name, e);
        }
    }

    private record Snapshot(Set<String> words, int maxLength) {
    }
}
