package org.sanling.supervision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An action on a submission.
 *
 * @param note     the reason, resolution or remark; required for reject, resolve and reopen
 * @param assignee username of the handler to dispatch to; required for dispatch
 */
public record ActionRequest(
        @NotNull(message = "{submission.action.required}") SubmissionAction action,
        @Size(max = 2000, message = "{submission.note.size}") String note,
        String assignee) {
}
