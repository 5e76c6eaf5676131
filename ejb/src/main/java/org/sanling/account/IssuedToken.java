package org.sanling.account;

import java.time.Instant;

/** A bearer token as handed to the client, once; the portal keeps only its hash. */
public record IssuedToken(String token, Instant expiresAt) {
}
