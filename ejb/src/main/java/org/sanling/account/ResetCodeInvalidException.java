package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/**
 * The reset code does not open the account: wrong, used, expired, or the username unknown; which one is
 * not said.
 */
public class ResetCodeInvalidException extends UserFacingException {

    public ResetCodeInvalidException() {
        super(Problem.BAD_INPUT, "account.resetCode.invalid", "code");
    }
}
