package org.sanling.web.sync;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.sanling.web.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The texts of the static offline pages, taken from the portal's resource bundles (never copied by
 * hand): the {@code offline.*} keys and the labels of the values the offline forms show, in Chinese
 * and English, as a script that sets {@code self.SANLING_MESSAGES = {"zh-CN": {...}, "en": {...}}}.
 */
final class OfflineMessages {

    /** Key prefixes the offline pages use. */
    static final List<String> PREFIXES = List.of("offline.", "submissionType.", "urgency.", "outcome.",
            "signupStatus.", "riskLevel.", "app.name");

    private OfflineMessages() {
    }

    static String script() {
        JsonObjectBuilder languages = Json.createObjectBuilder();
        for (Locale locale : Messages.SUPPORTED) {
            languages.add(locale.toLanguageTag(), texts(locale));
        }
        return "self.SANLING_MESSAGES = " + languages.build() + ";\n";
    }

    private static JsonObjectBuilder texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String key : new TreeSet<>(bundle.keySet())) {
            if (PREFIXES.stream().anyMatch(key::startsWith)) {
                texts.add(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
