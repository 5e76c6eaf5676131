package org.sanling.web.search;

import org.sanling.legalaid.Outcome;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionType;
import org.sanling.web.i18n.Messages;

import java.util.Locale;
import java.util.function.Function;

/** The index's type and status values as people read them, for the search page, its API and its export alike. */
final class SearchLabels {

    private SearchLabels() {
    }

    /** A submission type as people read it; the key itself if it is none, empty for null. */
    static String typeLabel(String key, Locale locale) {
        return key == null ? "" : enumLabel(SubmissionType::valueOf, key, locale);
    }

    /**
     * A status as people read it: a submission's status or a consultation's outcome; the key itself if it
     * is neither, empty for null.
     */
    static String statusLabel(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        String status = enumLabel(SubmissionStatus::valueOf, key, locale);
        return status.equals(key) ? enumLabel(Outcome::valueOf, key, locale) : status;
    }

    private static <E extends Enum<E>> String enumLabel(Function<String, E> parse, String key, Locale locale) {
        try {
            return Messages.label(locale, parse.apply(key));
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
