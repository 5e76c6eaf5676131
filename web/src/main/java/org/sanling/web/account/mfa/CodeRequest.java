package org.sanling.web.account.mfa;

/** Body of {@code PUT} and {@code DELETE /api/v1/me/mfa}: a code from the authenticator app (or a recovery code). */
public record CodeRequest(String code) {
}
