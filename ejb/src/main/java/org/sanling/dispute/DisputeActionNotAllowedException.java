package org.sanling.dispute;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The action is not open to the caller in the dispute's present state. */
public class DisputeActionNotAllowedException extends UserFacingException {

    public DisputeActionNotAllowedException(DisputeAction action, DisputeStatus status) {
        super(Problem.CONFLICT, "dispute.action.notAllowed", null, action, status);
    }
}
