package org.sanling.web.account;

/** Body of {@code POST /api/v1/auth/token}. */
public record TokenRequest(String username, String password) {
}
