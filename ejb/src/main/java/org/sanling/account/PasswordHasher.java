package org.sanling.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 at {@value #ITERATIONS} iterations of HMAC-SHA-512
 * (OWASP's floor for SHA-512; the API's default of 2048 is far too low). A hash records its own
 * parameters, so raising the count later still verifies old hashes.
 * <p>
 * One hash costs a few hundred milliseconds of CPU on purpose. Thread-safe once initialised.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 210_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the username is unknown, so both failures take the same time. */
    private volatile String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of one verification and answers false: for logins with an unknown username. */
    public boolean matchesNothing(String password) {
        if (decoy == null) {
            decoy = hash("decoy-password-0");
        }
        matches(password, decoy);
        return false;
    }
}
