package org.sanling.patrol;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No patrol with that id is visible to the caller (outside their scope it does not exist for them). */
public class PatrolNotFoundException extends UserFacingException {

    public PatrolNotFoundException(Object id) {
        super(Problem.NOT_FOUND, "patrol.notFound", null, id);
    }
}
