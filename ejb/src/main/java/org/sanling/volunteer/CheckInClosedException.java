package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Checking in or out is not possible now: outside the shift's window, or not in the right state. */
public class CheckInClosedException extends UserFacingException {

    public CheckInClosedException(String campaignTitle) {
        super(Problem.CONFLICT, "attendance.closed", null, campaignTitle);
    }
}
