package org.sanling.web.i18n;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message about one input field, in the caller's language. */
public record FieldError(
        @Schema(description = "The field (a dotted path into the body) or parameter.", examples = "action") String field,
        @Schema(examples = "请填写标题。") String message) {
}
