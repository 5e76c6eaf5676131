package org.sanling.dispute;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The action needs a field that was left out: a note, a mediator, the agreement or where it is referred to. */
public class ActionFieldRequiredException extends UserFacingException {

    public ActionFieldRequiredException(DisputeAction action, String field) {
        super(Problem.BAD_INPUT, "dispute.action.fieldRequired", field, action, field);
    }
}
