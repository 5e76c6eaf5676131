/**
 * Two-factor login with time-based one-time codes (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps), as
 * authenticator apps make them.
 * <ul>
 *     <li>{@link org.sanling.account.mfa.MfaService}: enrolment (a pending secret, confirmed with a first
 *     code), ten single-use recovery codes, turning it off, an admin's reset, and the second step of a
 *     login after the password;</li>
 *     <li>{@link org.sanling.account.mfa.TotpCodes}: secrets, otpauth URIs and checking a code within one
 *     step of clock skew, each step accepted once;</li>
 *     <li>{@link org.sanling.account.mfa.RecoveryCodes}: the codes and the hashes kept of them;</li>
 *     <li>{@link org.sanling.account.mfa.MfaPolicy}: who must enrol (leaders and admins, unless the
 *     deployment turns it off with {@code SANLING_MFA_REQUIRED=false}).</li>
 * </ul>
 */
package org.sanling.account.mfa;
