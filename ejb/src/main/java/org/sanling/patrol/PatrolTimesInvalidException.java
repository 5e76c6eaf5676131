package org.sanling.patrol;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A patrol cannot end before it started, nor end in the future. */
public class PatrolTimesInvalidException extends UserFacingException {

    public PatrolTimesInvalidException() {
        super(Problem.BAD_INPUT, "patrol.endedAt.invalid", "endedAt");
    }
}
