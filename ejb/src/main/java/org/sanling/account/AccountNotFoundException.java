package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No account has that username. */
public class AccountNotFoundException extends UserFacingException {

    public AccountNotFoundException(String username) {
        super(Problem.NOT_FOUND, "account.notFound", null, username);
    }
}
