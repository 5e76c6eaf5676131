package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** Another category already has that name. */
public class CategoryNameTakenException extends UserFacingException {

    public CategoryNameTakenException(String name) {
        super(Problem.CONFLICT, "category.name.taken", "name", name);
    }
}
