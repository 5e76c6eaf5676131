package org.sanling.dispute;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No dispute with that id is visible to the caller (outside their scope it does not exist for them). */
public class DisputeNotFoundException extends UserFacingException {

    public DisputeNotFoundException(Object id) {
        super(Problem.NOT_FOUND, "dispute.notFound", null, id);
    }
}
