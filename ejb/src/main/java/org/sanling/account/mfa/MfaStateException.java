package org.sanling.account.mfa;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/**
 * The two-factor login is not in the state the action needs: enrolment started while it is already on,
 * confirmed without a started enrolment, or turned off while it is not on.
 */
public class MfaStateException extends UserFacingException {

    private MfaStateException(String messageKey) {
        super(Problem.CONFLICT, messageKey, null);
    }

    static MfaStateException alreadyEnabled() {
        return new MfaStateException("mfa.alreadyEnabled");
    }

    static MfaStateException notEnrolling() {
        return new MfaStateException("mfa.notEnrolling");
    }

    static MfaStateException notEnabled() {
        return new MfaStateException("mfa.notEnabled");
    }
}
