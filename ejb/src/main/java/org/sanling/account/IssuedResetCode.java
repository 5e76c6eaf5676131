package org.sanling.account;

import java.io.Serializable;
import java.time.Instant;

/** A password reset code as shown to the admin or leader who issued it, once; the portal keeps its hash. */
public record IssuedResetCode(String username, String code, Instant expiresAt) implements Serializable {
}
