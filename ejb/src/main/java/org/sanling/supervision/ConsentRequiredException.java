package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A citizen's name or phone is kept only with their consent. */
public class ConsentRequiredException extends UserFacingException {

    public ConsentRequiredException() {
        super(Problem.BAD_INPUT, "submission.citizenConsent.required", "citizenConsent");
    }
}
