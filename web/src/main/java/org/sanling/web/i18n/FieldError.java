package org.sanling.web.i18n;

/** A message about one input field, in the caller's language. */
public record FieldError(String field, String message) {
}
