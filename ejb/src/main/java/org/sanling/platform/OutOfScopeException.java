package org.sanling.platform;

/** The caller tried to see or change something outside the areas or roles they act for. */
public class OutOfScopeException extends UserFacingException {

    public OutOfScopeException() {
        super(Problem.FORBIDDEN, "error.outOfScope", null);
    }
}
