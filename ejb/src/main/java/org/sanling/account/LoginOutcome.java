package org.sanling.account;

/** What a login attempt came to. */
public sealed interface LoginOutcome {

    /** The password was right: here is who logged in. */
    record Authenticated(Caller caller) implements LoginOutcome {
    }

    /** Unknown user, wrong password or a disabled account; which one is not said. */
    record Rejected() implements LoginOutcome {
    }
}
