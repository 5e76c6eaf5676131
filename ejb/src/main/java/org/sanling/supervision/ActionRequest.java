package org.sanling.supervision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An action on a submission.
 *
 * @param note     the reason, resolution or remark; required for reject, resolve and reopen
 * @param assignee   username of the handler to dispatch to; a dispatch names a handler or a department
 * @param department id of the department to dispatch to
 */
public record ActionRequest(
        @NotNull(message = "{submission.action.required}") SubmissionAction action,
        @Size(max = 2000, message = "{submission.note.size}") @Schema(examples = "已联系物业，三日内清理完毕。") String note,
        @Schema(examples = "handler-a") String assignee,
        String department) {

    public static ActionRequest of(SubmissionAction action) {
        return new ActionRequest(action, null, null, null);
    }
}
