package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Only accounts with the volunteer role can be put on a shift. */
public class NotAVolunteerException extends UserFacingException {

    public NotAVolunteerException(String username) {
        super(Problem.BAD_INPUT, "signup.notAVolunteer", "username", username);
    }
}
