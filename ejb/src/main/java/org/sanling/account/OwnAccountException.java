package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** An admin or leader tried to disable their own account, which would leave them locked out. */
public class OwnAccountException extends UserFacingException {

    public OwnAccountException() {
        super(Problem.CONFLICT, "account.disable.self", null);
    }
}
