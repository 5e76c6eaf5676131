package org.sanling.account;

import org.sanling.platform.Role;
import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The caller may not grant this role (leaders appoint volunteers, supervisors and handlers). */
public class RoleNotGrantableException extends UserFacingException {

    public RoleNotGrantableException(Role role) {
        super(Problem.FORBIDDEN, "account.role.notGrantable", "roles", role);
    }
}
