package org.sanling.legalaid;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Consultations are logged from an hour before the event until a day after it, and not at a cancelled one. */
public class LoggingClosedException extends UserFacingException {

    public LoggingClosedException(String eventTitle) {
        super(Problem.CONFLICT, "consultation.closed", null, eventTitle);
    }
}
