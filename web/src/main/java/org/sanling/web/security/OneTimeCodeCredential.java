package org.sanling.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code of a login's second step, given on the login page after the right password: the login it
 * completes waits in the session ({@link PendingLogin}), so the password is not asked for again.
 */
public record OneTimeCodeCredential(String code) implements Credential {
}
