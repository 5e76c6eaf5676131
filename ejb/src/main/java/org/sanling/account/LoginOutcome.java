package org.sanling.account;

import java.time.Instant;

/** What a login attempt came to. */
public sealed interface LoginOutcome {

    /** The password was right: here is who logged in. */
    record Authenticated(Caller caller) implements LoginOutcome {
    }

    /** Unknown user or wrong password; which one is not said. */
    record Rejected() implements LoginOutcome {
    }

    /** Too many failures: no login, right password or not, until the given instant. */
    record Locked(Instant until) implements LoginOutcome {
    }
}
