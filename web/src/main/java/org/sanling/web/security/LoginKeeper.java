package org.sanling.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.sanling.account.AccountAccessService;
import org.sanling.account.TokenService;

/**
 * A password change ends every session and token of the account (its security stamp moves on) but the
 * one it was made with: call {@link #keepAfterPasswordChange} in the same request, after the change.
 */
@ApplicationScoped
public class LoginKeeper {

    @Inject
    private TokenService tokens;

    @Inject
    private AccountAccessService access;

    /** Carries the request's own bearer token, or its login session, over to the account's new stamp. */
    public void keepAfterPasswordChange(HttpServletRequest request) {
        var bearer = PortalAuthenticationMechanism.bearerToken(request);
        if (bearer.isPresent()) {
            tokens.keepAfterPasswordChange(bearer.get());
            return;
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity) {
            session.setAttribute(SessionIdentity.ATTRIBUTE,
                    new SessionIdentity(identity.username(), access.securityStamp(identity.username())));
        }
    }
}
