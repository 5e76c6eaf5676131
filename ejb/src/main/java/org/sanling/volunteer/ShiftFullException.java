package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A leader tried to put someone on a shift with no free place. */
public class ShiftFullException extends UserFacingException {

    public ShiftFullException(int capacity) {
        super(Problem.CONFLICT, "shift.full", null, capacity);
    }
}
