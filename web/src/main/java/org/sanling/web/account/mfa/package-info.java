/**
 * Two-factor login on the web: the REST endpoints {@code /api/v1/me/mfa} and
 * {@code /api/v1/accounts/{username}/mfa}, its problem documents ({@code mfaRequired},
 * {@code mfaEnrolmentRequired}), the enrolment on the account page with its QR code, and the admins'
 * reset on the accounts page. The login's code step is in {@code org.sanling.web.account.LoginCodeView}
 * and {@code org.sanling.web.security}.
 */
package org.sanling.web.account.mfa;
