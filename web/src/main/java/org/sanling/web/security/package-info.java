/**
 * Who is calling: one Jakarta Security authentication mechanism for people (form login kept in the
 * HTTP session) and API clients (bearer tokens), both following the account on every request; the
 * identity store over the portal's accounts; the login page's two-factor step and the gate that keeps
 * leaders and admins who must enrol on the account page; the {@link org.sanling.web.security.Throttle}
 * that slows guessing of passwords and codes per client and account; CSRF protection of REST writes
 * made with a login session; security headers on every response; and the problem documents of a login stopped
 * at the second factor ({@link org.sanling.web.security.MfaProblem}).
 */
package org.sanling.web.security;
