package org.sanling.web.account;

import java.time.OffsetDateTime;

/** A bearer token and when it stops working. */
public record TokenResponse(String token, OffsetDateTime expiresAt) {
}
