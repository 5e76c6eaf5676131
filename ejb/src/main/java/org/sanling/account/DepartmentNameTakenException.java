package org.sanling.account;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Another department already has that name. */
public class DepartmentNameTakenException extends UserFacingException {

    public DepartmentNameTakenException(String name) {
        super(Problem.CONFLICT, "department.name.taken", "name", name);
    }
}
