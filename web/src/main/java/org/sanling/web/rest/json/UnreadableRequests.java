package org.sanling.web.rest.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import org.sanling.web.i18n.FieldError;
import org.sanling.web.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says, in the caller's language, what could not be read in a request: the field ({@code action},
 * {@code shifts.kind}) or parameter, the value and the allowed ones for an enumeration, the line and column
 * of malformed JSON.
 */
public final class UnreadableRequests {

    /**
     * Yasson names each property it was reading in the message of the exception it wraps around the cause,
     * outermost first; the names are not available otherwise. {@code UnreadableRequestsTest} runs the real
     * Yasson, so a change of wording fails there.
     */
    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']*)'");

    private UnreadableRequests() {
    }

    /** Whether {@code thrown} says that a request body or an enumerated parameter could not be read. */
    public static boolean isUnreadable(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof ProcessingException || e instanceof JsonbException || e instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    /** The field errors that explain an {@linkplain #isUnreadable unreadable} request; none if nothing is known. */
    public static List<FieldError> fieldErrors(Throwable thrown, Locale locale) {
        List<String> path = new ArrayList<>();
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            Matcher property = e.getMessage() == null ? null : PROPERTY.matcher(e.getMessage());
            if (property != null && property.find()) {
                path.add(property.group(1));
            }
            if (e instanceof UnknownEnumValueException unknown) {
                String field = unknown.parameter().orElse(String.join(".", path));
                return List.of(new FieldError(field, Messages.text(locale, "error.unknownValue", field,
                        unknown.value(), allowed(unknown, locale))));
            }
            if (e instanceof JsonParsingException malformed) {
                JsonLocation at = malformed.getLocation();
                String field = path.isEmpty() ? "body" : String.join(".", path);
                return List.of(new FieldError(field, Messages.text(locale, "error.malformedJson",
                        at.getLineNumber(), at.getColumnNumber())));
            }
        }
        if (path.isEmpty()) {
            return List.of();
        }
        String field = String.join(".", path);
        return List.of(new FieldError(field, Messages.text(locale, "error.wrongType", field)));
    }

    /** The allowed values with their labels where the bundle has them: {@code ACCEPT（受理）、REJECT（不予受理）}. */
    private static String allowed(UnknownEnumValueException unknown, Locale locale) {
        return unknown.allowed().stream()
                .map(constant -> {
                    String label = Messages.label(locale, constant);
                    return label.equals(constant.name()) ? constant.name()
                            : Messages.text(locale, "error.unknownValue.labelled", constant.name(), label);
                })
                .collect(Collectors.joining(Messages.text(locale, "error.unknownValue.separator")));
    }
}
