package org.sanling.web.security;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

import java.time.Duration;

/**
 * {@link Throttle} refused an attempt: try again after {@link #retryAfterSeconds()}. REST answers it with
 * {@code 429} and {@code Retry-After}, pages with the message.
 */
public class TooManyAttemptsException extends UserFacingException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(Duration wait) {
        this(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private TooManyAttemptsException(long seconds) {
        super(Problem.TOO_MANY_REQUESTS, seconds < 120 ? "throttle.seconds" : "throttle.minutes", null,
                seconds < 120 ? seconds : (seconds + 59) / 60);
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
