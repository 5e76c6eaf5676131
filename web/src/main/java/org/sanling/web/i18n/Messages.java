package org.sanling.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the UI bundle in one of the {@link #SUPPORTED} languages. Thread-safe.
 */
public final class Messages {

    public static final String BUNDLE = "org.sanling.web.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Messages() {
    }

    /** The supported language closest to the given one: English for any English, Chinese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The preferred supported language of an Accept-Language list (most preferred first); Chinese if none. */
    public static Locale preferred(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(l -> SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().map(Messages::supported).orElse(CHINESE);
    }

    /**
     * The text for {@code key}, with {@link MessageFormat} arguments filled in; the key itself if the
     * bundle lacks it, so a missing text shows up instead of failing the page.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
