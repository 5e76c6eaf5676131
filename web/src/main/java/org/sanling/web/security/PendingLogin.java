package org.sanling.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A login from the login page whose password was right and that waits for the two-factor code, kept in
 * the session for {@link #LIFETIME} and {@value #MAX_WRONG_CODES} wrong codes at most; after that the
 * password is asked for again.
 */
public record PendingLogin(SessionIdentity identity, Instant startedAt, int wrongCodes) implements Serializable {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_WRONG_CODES = 5;

    private static final String ATTRIBUTE = PendingLogin.class.getName();

    /** Whether the login page is to ask for the code: a login waits for it in this request's session. */
    public static boolean waiting(HttpServletRequest request) {
        return current(request, Instant.now()).isPresent();
    }

    /** Forgets the waiting login (the person goes back to the password). */
    public static void cancel(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /**
     * Keeps the login in a session of a new id, so an id planted before the password is worth nothing; a
     * login the session had before ends, whoever it was.
     */
    static void start(HttpServletRequest request, SessionIdentity identity, Instant now) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().removeAttribute(SessionIdentity.ATTRIBUTE);
        request.getSession().setAttribute(ATTRIBUTE, new PendingLogin(identity, now, 0));
    }

    static Optional<PendingLogin> current(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingLogin pending) {
            if (now.isBefore(pending.startedAt.plus(LIFETIME))) {
                return Optional.of(pending);
            }
            session.removeAttribute(ATTRIBUTE);
        }
        return Optional.empty();
    }

    /** Counts a wrong code; the last one allowed ends the waiting login. */
    void wrongCode(HttpServletRequest request) {
        if (wrongCodes + 1 >= MAX_WRONG_CODES) {
            cancel(request);
        } else {
            request.getSession().setAttribute(ATTRIBUTE, new PendingLogin(identity, startedAt, wrongCodes + 1));
        }
    }
}
