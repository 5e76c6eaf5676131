package org.sanling.area;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No area has the code the caller gave. */
public class AreaNotFoundException extends UserFacingException {

    public AreaNotFoundException(String field, String code) {
        super(field == null ? Problem.NOT_FOUND : Problem.BAD_INPUT, "area.notFound", field, code);
    }
}
