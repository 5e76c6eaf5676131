package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No sign-up with that id belongs to the caller or to a campaign they lead. */
public class SignupNotFoundException extends UserFacingException {

    public SignupNotFoundException(Object id) {
        super(Problem.NOT_FOUND, "signup.notFound", null, id);
    }
}
