package org.sanling.web.account;

/** Body of {@code POST /api/v1/auth/token}; {@code otp}: the two-factor code (or a recovery code), if the account has it. */
public record TokenRequest(String username, String password, String otp) {
}
