package org.sanling.account.mfa;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The code given to confirm or turn off two-factor login was wrong, already used, or out of time. */
public class WrongCodeException extends UserFacingException {

    public WrongCodeException() {
        super(Problem.BAD_INPUT, "mfa.code.wrong", "code");
    }
}
