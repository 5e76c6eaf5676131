package org.sanling.job;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The portal has no job of that name. */
public class JobNotFoundException extends UserFacingException {

    public JobNotFoundException(String name) {
        super(Problem.NOT_FOUND, "job.notFound", null, name);
    }
}
