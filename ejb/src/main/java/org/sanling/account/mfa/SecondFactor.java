package org.sanling.account.mfa;

/** What the second step of a login came to, once the password was right. */
public enum SecondFactor {
    /** The account has no two-factor login and needs none: the password is enough. */
    NOT_NEEDED,
    /** The code (or an unused recovery code) was right. */
    PASSED,
    /** The account has two-factor login and no code was given. */
    CODE_NEEDED,
    /** The code was wrong, already used, or out of time. */
    CODE_REJECTED,
    /** The account must enrol first (a leader or admin without two-factor login while it is required). */
    ENROLMENT_NEEDED;

    /** Whether the login may go on. */
    public boolean letsIn() {
        return this == NOT_NEEDED || this == PASSED;
    }
}
