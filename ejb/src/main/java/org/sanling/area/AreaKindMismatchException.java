package org.sanling.area;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The kind of a new node does not fit one level below its parent (a grid directly under a street). */
public class AreaKindMismatchException extends UserFacingException {

    public AreaKindMismatchException(AreaKind kind, AreaKind parentKind) {
        super(Problem.BAD_INPUT, "area.kind.mismatch", "kind", kind, parentKind);
    }
}
