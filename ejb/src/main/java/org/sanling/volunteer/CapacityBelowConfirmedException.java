package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A shift's capacity cannot go below the number of volunteers already confirmed. */
public class CapacityBelowConfirmedException extends UserFacingException {

    public CapacityBelowConfirmedException(int confirmed) {
        super(Problem.CONFLICT, "shift.capacity.belowConfirmed", "capacity", confirmed);
    }
}
