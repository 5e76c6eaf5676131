package org.sanling.web.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
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
     * The text for {@code key}, with {@link MessageFormat} arguments filled in (enum constants as their
     * {@linkplain #label labels}); the key itself if the bundle lacks it, so a missing text shows up
     * instead of failing the page.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] shown = Arrays.stream(arguments).map(a -> a instanceof Enum<?> e ? label(locale, e) : a).toArray();
            return new MessageFormat(pattern, supported(locale)).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The label of an enum constant: the text of {@code <enum type, lower camel case>.<NAME>}, such as
     * {@code role.LEADER} or {@code submissionStatus.RESOLVED}; the constant's name if there is none.
     */
    public static String label(Locale locale, Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
