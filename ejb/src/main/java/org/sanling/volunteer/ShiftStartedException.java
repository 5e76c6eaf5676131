package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The shift has started (or ended): sign-ups and cancellations are closed. */
public class ShiftStartedException extends UserFacingException {

    public ShiftStartedException(String campaignTitle) {
        super(Problem.CONFLICT, "shift.started", null, campaignTitle);
    }
}
