package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No active category has that id or name. */
public class CategoryNotFoundException extends UserFacingException {

    public CategoryNotFoundException(String category) {
        super(Problem.BAD_INPUT, "submission.category.notFound", "category", category);
    }
}
