package org.sanling.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanling.account.AccountAccessService;
import org.sanling.account.Caller;
import org.sanling.platform.Role;
import org.sanling.account.TokenService;
import org.sanling.web.problem.Problems;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Authenticates every request, in this order:
 * <ol>
 *     <li>{@code Authorization: Bearer <token>}: an API client; no session is created; the token, like
 *     a session, follows the account ({@link TokenService#resolve});</li>
 *     <li>a credential passed by {@code SecurityContext.authenticate} from the login page: checked by the
 *     identity store and, when valid, remembered in a fresh HTTP session; with two-factor login, only once
 *     the code of the second step ({@link OneTimeCodeCredential}) is right too ({@link SecondFactorStep});</li>
 *     <li>a login remembered in the HTTP session, as long as the account is enabled and its security
 *     stamp is the one the session was made under (a password change or disabling ends it); roles are
 *     read from the account on every request, so a role removed works no more;</li>
 *     <li>nobody: protected pages redirect to the login page, protected API calls answer 401 with a
 *     problem document.</li>
 * </ol>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    private static final String BEARER = "Bearer ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private TokenService tokens;

    @Inject
    private SecondFactorStep secondFactor;

    @Inject
    private AccountAccessService access;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            return tokens.resolve(bearer.get())
                    .map(caller -> context.notifyContainerAboutLogin(caller.username(), groups(caller)))
                    .orElseGet(() -> unauthorized(response, context));
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginFromPage(request, context, credential);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity) {
            Optional<Caller> current = access.sessionCaller(identity.username(), identity.securityStamp());
            if (current.isPresent()) {
                return context.notifyContainerAboutLogin(current.get().username(), groups(current.get()));
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (Problems.isApi(request)) {
            return unauthorized(response, context);
        }
        return redirectToLogin(request, response);
    }

    private AuthenticationStatus loginFromPage(HttpServletRequest request, HttpMessageContext context,
                                               Credential credential) {
        SessionIdentity identity;
        if (credential instanceof OneTimeCodeCredential code) {
            // The second step: the login whose password was right waits in the session for its code.
            Optional<SessionIdentity> passed = secondFactor.identityAfterCode(request, code.code());
            if (passed.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            identity = passed.get();
        } else {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            String username = result.getCallerPrincipal().getName();
            identity = new SessionIdentity(username, access.securityStamp(username));
            if (!secondFactor.logsInAfterPassword(request, identity)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        // The account as it is now: disabled or changed while a code was awaited, the login is void.
        Optional<Caller> caller = access.sessionCaller(identity.username(), identity.securityStamp());
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login, so an id planted before login is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SessionIdentity.ATTRIBUTE, identity);
        return context.notifyContainerAboutLogin(caller.get().username(), groups(caller.get()));
    }

    /** The bearer token of the request's {@code Authorization} header, if it has one. */
    static Optional<String> bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).strip());
        }
        return Optional.empty();
    }

    /** 401; the error page {@link UnauthorizedProblemServlet} writes the problem document. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Bearer");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String login = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // A Faces Ajax request cannot follow an HTTP redirect: tell the page to go there.
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static Set<String> groups(Caller caller) {
        return caller.roles().stream().map(Role::name).collect(Collectors.toSet());
    }
}
