package org.sanling.web.search;

import org.sanling.dispute.DisputeStatus;
import org.sanling.legalaid.Outcome;
import org.sanling.searchindex.DocumentKind;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionType;
import org.sanling.web.i18n.Messages;

import java.util.Arrays;
import java.util.List;
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
     * A status as people read it: a submission's status, a consultation's outcome or a dispute's status (a
     * facet counts them together, so a name two of them share reads as the submission's); the key itself if it
     * is none, empty for null.
     */
    static String statusLabel(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        return STATUS_ENUMS.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .filter(constant -> constant.name().equals(key)).findFirst()
                .map(constant -> Messages.label(locale, constant)).orElse(key);
    }

    /** The status of a hit as people read it, in the terms of the hit's own kind. */
    static String statusLabel(DocumentKind kind, String key, Locale locale) {
        return kind == DocumentKind.DISPUTE && key != null ? enumLabel(DisputeStatus::valueOf, key, locale) : statusLabel(key, locale);
    }

    /** What the index's status field holds, of every kind; {@code SearchResource} accepts the same in {@code status}. */
    static final List<Class<? extends Enum<?>>> STATUS_ENUMS = List.of(SubmissionStatus.class, Outcome.class, DisputeStatus.class);

    private static <E extends Enum<E>> String enumLabel(Function<String, E> parse, String key, Locale locale) {
        try {
            return Messages.label(locale, parse.apply(key));
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
