package org.sanling.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both languages say the same things: the Chinese and the English bundles have the same keys, each text takes
 * the same placeholders in both, and every pattern is one {@link MessageFormat} reads as written (an
 * apostrophe on its own would vanish from the text, and what follows it would not be filled in).
 */
class BundleParityTest {

    /** A placeholder's index: {0}, {1,number,#} … */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    /** An apostrophe on its own, which MessageFormat takes as the start of quoted text and drops. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Map<String, String> chinese = bundle("messages_zh_CN.properties");
    private final Map<String, String> english = bundle("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertTrue(chinese.size() > 500, "the bundle is read: " + chinese.size());
        Set<String> onlyChinese = new TreeSet<>(chinese.keySet());
        onlyChinese.removeAll(english.keySet());
        Set<String> onlyEnglish = new TreeSet<>(english.keySet());
        onlyEnglish.removeAll(chinese.keySet());

        assertEquals(Set.of(), onlyChinese, "keys without an English text");
        assertEquals(Set.of(), onlyEnglish, "keys without a Chinese text");
    }

    @Test
    void eachTextTakesTheSamePlaceholdersInBothLanguages() {
        Map<String, String> differing = new TreeMap<>();
        chinese.forEach((key, text) -> {
            String other = english.get(key);
            if (other != null && !placeholders(text).equals(placeholders(other))) {
                differing.put(key, text + "  |  " + other);
            }
        });
        assertEquals(Map.of(), differing);
    }

    @Test
    void everyTextWithPlaceholdersIsAValidMessageFormat() {
        Map<String, String> invalid = new TreeMap<>();
        for (Map<String, String> bundle : new Map[] {chinese, english}) {
            bundle.forEach((key, text) -> {
                if (!placeholders(text).isEmpty()) {
                    if (LONE_APOSTROPHE.matcher(text).find()) {
                        invalid.put(key, text + ": write an apostrophe twice ('') in a text with placeholders");
                    }
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException e) {
                        invalid.put(key, text + ": " + e.getMessage());
                    }
                }
            });
        }
        assertEquals(Map.of(), invalid);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static Map<String, String> bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
