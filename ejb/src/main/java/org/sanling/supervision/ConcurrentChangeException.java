package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Someone else changed the submission in the meantime; the caller's action was not applied. */
public class ConcurrentChangeException extends UserFacingException {

    public ConcurrentChangeException() {
        super(Problem.CONFLICT, "error.concurrentChange", null);
    }
}
