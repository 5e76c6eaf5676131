package org.sanling.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.sanling.account.mfa.MfaService;
import org.sanling.account.mfa.SecondFactor;

import java.time.Clock;
import java.util.Optional;

/**
 * The two-factor part of a login on the login page, for {@link PortalAuthenticationMechanism}: after the
 * right password, an account with two-factor login waits for its code ({@link PendingLogin}); an account
 * that must enrol first logs in behind the {@link EnrolmentGate}.
 */
@ApplicationScoped
class SecondFactorStep {

    @Inject
    private MfaService mfa;

    @Inject
    private Clock clock;

    /** After the right password: whether the person is logged in now; false while the login waits for a code. */
    boolean logsInAfterPassword(HttpServletRequest request, SessionIdentity identity) {
        PendingLogin.cancel(request);
        SecondFactor outcome = mfa.checkAfterPassword(identity.username(), null);
        if (outcome == SecondFactor.CODE_NEEDED) {
            PendingLogin.start(request, identity, clock.instant());
            return false;
        }
        if (outcome == SecondFactor.CODE_REJECTED) {
            return false;
        }
        EnrolmentGate.set(request.getSession(true), outcome == SecondFactor.ENROLMENT_NEEDED);
        return true;
    }

    /** The code step: who logs in, if the code is right for the login waiting in the session. */
    Optional<SessionIdentity> identityAfterCode(HttpServletRequest request, String code) {
        Optional<PendingLogin> pending = PendingLogin.current(request, clock.instant());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        SessionIdentity identity = pending.get().identity();
        if (mfa.checkAfterPassword(identity.username(), code) != SecondFactor.PASSED) {
            pending.get().wrongCode(request);
            return Optional.empty();
        }
        PendingLogin.cancel(request);
        EnrolmentGate.set(request.getSession(), false);
        return Optional.of(identity);
    }
}
