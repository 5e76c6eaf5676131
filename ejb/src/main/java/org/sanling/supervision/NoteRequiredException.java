package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Reject, resolve and reopen need a note saying why or what was done. */
public class NoteRequiredException extends UserFacingException {

    public NoteRequiredException(SubmissionAction action) {
        super(Problem.BAD_INPUT, "submission.note.required", "note", action);
    }
}
