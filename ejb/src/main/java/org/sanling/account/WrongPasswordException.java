package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The current password given to change it was wrong. */
public class WrongPasswordException extends UserFacingException {

    public WrongPasswordException() {
        super(Problem.BAD_INPUT, "account.currentPassword.wrong", "currentPassword");
    }
}
