package org.sanling.volunteer;

import org.sanling.account.Qualification;
import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The shift's places are for holders of a qualification (a lawyer's, a mediator's) the volunteer lacks. */
public class NotQualifiedException extends UserFacingException {

    public NotQualifiedException(Qualification needed) {
        super(Problem.CONFLICT, "signup.notQualified", null, needed);
    }
}
