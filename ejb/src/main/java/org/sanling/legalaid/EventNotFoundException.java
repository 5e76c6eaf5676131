package org.sanling.legalaid;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No legal-aid event with that id. */
public class EventNotFoundException extends UserFacingException {

    public EventNotFoundException(Object id) {
        super(Problem.NOT_FOUND, "legalAid.notFound", null, id);
    }
}
