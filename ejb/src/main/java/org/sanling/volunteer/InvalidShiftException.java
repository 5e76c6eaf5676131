package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/**
 * A planned shift that cannot be: it ends before it starts, lasts too long, or starts in the past. The
 * field names the shift by its position, e.g. {@code shifts[1].endsAt}.
 */
public class InvalidShiftException extends UserFacingException {

    public InvalidShiftException(String messageKey, String field) {
        super(Problem.BAD_INPUT, messageKey, field);
    }
}
