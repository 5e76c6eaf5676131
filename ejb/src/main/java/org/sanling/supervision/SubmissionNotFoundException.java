package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No submission with that id is visible to the caller (outside their scope it does not exist for them). */
public class SubmissionNotFoundException extends UserFacingException {

    public SubmissionNotFoundException(Object id) {
        super(Problem.NOT_FOUND, "submission.notFound", null, id);
    }
}
