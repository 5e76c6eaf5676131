package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The username is held by another account. */
public class UsernameTakenException extends UserFacingException {

    public UsernameTakenException(String username) {
        super(Problem.CONFLICT, "account.username.taken", "username", username);
    }
}
