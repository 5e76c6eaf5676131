package org.sanling.web.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanling.web.i18n.FieldError;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} lists field-level messages, possibly none. */
@Schema(name = ProblemBody.SCHEMA, description = "An RFC 9457 problem document, in the caller's language.")
public record ProblemBody(
        @Schema(examples = "about:blank") String type,
        @Schema(examples = "请求有误") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "“approve”不是 action 的有效值，可选：ACCEPT（受理）、REJECT（不予受理）、DISPATCH（派单）。") String detail,
        @Schema(description = "Messages about single fields or parameters; may be empty.") List<FieldError> errors) {

    /** The name of this document's schema in the OpenAPI document. */
    public static final String SCHEMA = "Problem";
}
