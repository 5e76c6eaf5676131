package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The assignee is not a handler who covers the submission's area. */
public class InvalidAssigneeException extends UserFacingException {

    public InvalidAssigneeException(String assignee) {
        super(Problem.BAD_INPUT, "submission.assignee.invalid", "assignee", assignee);
    }
}
