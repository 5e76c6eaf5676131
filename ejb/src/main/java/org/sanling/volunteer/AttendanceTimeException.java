package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A check-in or check-out time in the future, before the check-in, or too long ago. */
public class AttendanceTimeException extends UserFacingException {

    public AttendanceTimeException() {
        super(Problem.BAD_INPUT, "attendance.time", "at");
    }
}
