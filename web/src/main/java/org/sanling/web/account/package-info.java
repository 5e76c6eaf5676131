/**
 * Accounts on the web: logging in (the login page, its two-factor code step, logout), bearer tokens for
 * API clients ({@code /api/v1/auth/token}), self-registration of volunteers, one's own account and
 * password, a forgotten password replaced with a reset code, and the leaders' and admins' pages and
 * resources for accounts and departments. The rules (who may appoint whom, what a list may show) are
 * {@code org.sanling.account}'s; this package turns them into pages and answers, and throttles guessing
 * through {@link org.sanling.web.security.Throttle} before any password is checked. Two-factor enrolment
 * is in {@link org.sanling.web.account.mfa}.
 */
package org.sanling.web.account;
