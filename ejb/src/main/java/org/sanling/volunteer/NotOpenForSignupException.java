package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The campaign is not published, or the shift was cancelled: no sign-ups. */
public class NotOpenForSignupException extends UserFacingException {

    public NotOpenForSignupException(String campaignTitle) {
        super(Problem.CONFLICT, "signup.notOpen", null, campaignTitle);
    }
}
