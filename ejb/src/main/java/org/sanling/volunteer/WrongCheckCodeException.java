package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The shift code typed does not match the shift's. */
public class WrongCheckCodeException extends UserFacingException {

    public WrongCheckCodeException() {
        super(Problem.BAD_INPUT, "attendance.wrongCode", "code");
    }
}
