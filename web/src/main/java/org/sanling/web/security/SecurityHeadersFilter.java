package org.sanling.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanling.web.problem.Problems;

import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy (with a script
 * nonce) from PrimeFaces ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml); API answers are data and may load nothing; the static
 * offline pages load only from the portal.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** The offline page that scans the shifts' check-in QR codes. */
    private static final String CHECK_IN_PAGE = "/offline/attendance.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "geolocation=(self), camera=(self), microphone=()");
        if (request.isSecure()) {
            // Over HTTPS, browsers are told to use nothing else for a year (the session cookie is then
            // marked Secure by WEB-INF/undertow-handlers.conf). Never over plain HTTP, where the header
            // would be meaningless and a local demo would otherwise be pinned to an absent HTTPS.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (Problems.isApi(request)) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            // Data answers are not kept in caches; photo answers set their own (private) caching.
            response.setHeader("Cache-Control", "no-store");
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/offline/")) {
            // The static offline pages: their own scripts and styles only; photos previewed from blob: URLs.
            // The check-in page alone may also compile WebAssembly: the portal's own QR decoder (/qr/); no eval.
            boolean scans = request.getRequestURI().equals(request.getContextPath() + CHECK_IN_PAGE);
            response.setHeader("Content-Security-Policy", "default-src 'self'; "
                    + (scans ? "script-src 'self' 'wasm-unsafe-eval'; " : "") + "img-src 'self' blob:; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        }
        chain.doFilter(request, response);
    }
}
