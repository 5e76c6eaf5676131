package org.sanling.web.rest;

import org.sanling.web.i18n.FieldError;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} lists field-level messages, possibly none. */
public record ProblemBody(String type, String title, int status, String detail, List<FieldError> errors) {
}
