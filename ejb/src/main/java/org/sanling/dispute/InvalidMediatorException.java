package org.sanling.dispute;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The named mediator is none of the dispute's possible mediators (see DisputeService#mediatorsFor). */
public class InvalidMediatorException extends UserFacingException {

    public InvalidMediatorException(String username) {
        super(Problem.BAD_INPUT, "dispute.mediator.invalid", "mediator", username);
    }
}
