package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The action is not open to the caller in the submission's present state. */
public class ActionNotAllowedException extends UserFacingException {

    public ActionNotAllowedException(SubmissionAction action, SubmissionStatus status) {
        super(Problem.CONFLICT, "submission.action.notAllowed", null, action, status);
    }
}
