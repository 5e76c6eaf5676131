package org.sanling.platform;

/**
 * The kinds of failure a user can cause, each with the HTTP status the REST layer answers with.
 */
public enum Problem {
    BAD_INPUT(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    UNAUTHENTICATED(401),
    TOO_MANY_REQUESTS(429);

    private final int status;

    Problem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
