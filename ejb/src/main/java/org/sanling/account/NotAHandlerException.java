package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Only handlers work for departments. */
public class NotAHandlerException extends UserFacingException {

    public NotAHandlerException(String username) {
        super(Problem.BAD_INPUT, "department.member.notHandler", "username", username);
    }
}
