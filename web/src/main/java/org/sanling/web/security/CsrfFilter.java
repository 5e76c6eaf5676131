package org.sanling.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.sanling.web.i18n.Messages;
import org.sanling.web.problem.Problems;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses REST writes that ride on a login session without the session's CSRF token: another site can
 * make a browser send the session cookie, but cannot read the token. Calls with a bearer token, and
 * anonymous calls (register, token), carry no ambient authority and pass.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Inject
    private CsrfToken token;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE_METHODS.contains(context.getMethod()) || context.getHeaderString("Authorization") != null) {
            return;
        }
        var session = request.getSession(false);
        if (session == null || session.getAttribute(SessionIdentity.ATTRIBUTE) == null) {
            return;
        }
        if (!token.matches(context.getHeaderString(CsrfToken.HEADER))) {
            Locale locale = Messages.preferred(context.getAcceptableLanguages());
            context.abortWith(Problems.response(
                    Problems.body(403, locale, Messages.text(locale, "error.csrf"), List.of())));
        }
    }
}
