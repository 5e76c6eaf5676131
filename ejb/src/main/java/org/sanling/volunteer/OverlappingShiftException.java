package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The volunteer holds a confirmed place on another shift at the same time; the message names it. */
public class OverlappingShiftException extends UserFacingException {

    public OverlappingShiftException(String otherCampaign, String otherWindow) {
        super(Problem.CONFLICT, "signup.overlap", null, otherCampaign, otherWindow);
    }
}
