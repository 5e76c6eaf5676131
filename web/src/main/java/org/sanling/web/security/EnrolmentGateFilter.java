package org.sanling.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sanling.account.mfa.MfaService;
import org.sanling.web.problem.Problems;

import java.io.IOException;
import java.util.List;

/**
 * Keeps a login behind the {@link EnrolmentGate} (a leader or admin who must enrol in two-factor login)
 * on the account page: other pages redirect there, other API calls answer {@code 403} with
 * {@code "mfaEnrolmentRequired":true}. The gate opens as soon as the account has enrolled, or the
 * deployment no longer requires it; only gated sessions cost a look at the database.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EnrolmentGateFilter extends HttpFilter {

    static final String ENROLMENT_PAGE = "/account.xhtml";

    /** What a gated login may reach: the enrolment page and what it needs, the way out, and static files. */
    private static final List<String> OPEN = List.of(ENROLMENT_PAGE, PortalAuthenticationMechanism.LOGIN_PAGE,
            "/jakarta.faces.resource/", "/api/v1/me/mfa", "/api/v1/auth/", "/problem/", "/favicon.ico",
            "/icons/", "/manifest.webmanifest", "/sw.js", "/workbox/", "/qr/", "/offline/");

    @Inject
    private MfaService mfa;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session == null || !EnrolmentGate.closed(session) || request.getRemoteUser() == null
                || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (!mfa.enrolmentPending(request.getRemoteUser())) {
            EnrolmentGate.set(session, false);
            chain.doFilter(request, response);
            return;
        }
        if (Problems.isApi(request)) {
            MfaProblem.enrolmentRequired(Problems.locale(request)).send(response);
        } else {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
        }
    }
}
