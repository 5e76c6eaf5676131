package org.sanling.dispute;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The submission or consultation was turned into a dispute already; the argument is that dispute's number. */
public class DisputeSourceTakenException extends UserFacingException {

    public DisputeSourceTakenException(String number) {
        super(Problem.CONFLICT, "dispute.source.taken", "sourceId", number);
    }
}
