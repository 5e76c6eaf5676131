package org.sanling.account.mfa;

import java.io.Serializable;

/**
 * The caller's two-factor login as their account page shows it.
 *
 * @param enabled            whether logins need a code
 * @param required           whether their roles must have it (then turning it off means enrolling again at the next login)
 * @param recoveryCodesLeft  unused recovery codes, 0 when not enabled
 */
public record MfaStatus(boolean enabled, boolean required, int recoveryCodesLeft) implements Serializable {
}
