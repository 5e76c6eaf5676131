package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No shift with that id is visible to the caller. */
public class ShiftNotFoundException extends UserFacingException {

    public ShiftNotFoundException(Object id) {
        super(Problem.NOT_FOUND, "shift.notFound", null, id);
    }
}
