package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The request carries no valid login. */
public class NotLoggedInException extends UserFacingException {

    public NotLoggedInException() {
        super(Problem.UNAUTHENTICATED, "error.notLoggedIn", null);
    }
}
