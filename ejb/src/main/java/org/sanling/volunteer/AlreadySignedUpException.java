package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The volunteer already holds or waits for a place on this shift. */
public class AlreadySignedUpException extends UserFacingException {

    public AlreadySignedUpException(String campaignTitle) {
        super(Problem.CONFLICT, "signup.duplicate", null, campaignTitle);
    }
}
