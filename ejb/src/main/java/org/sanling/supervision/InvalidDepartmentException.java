package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No department with that id serves the submission's area. */
public class InvalidDepartmentException extends UserFacingException {

    public InvalidDepartmentException(String department) {
        super(Problem.BAD_INPUT, "submission.department.invalid", "department", department);
    }
}
