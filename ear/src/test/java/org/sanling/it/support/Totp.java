package org.sanling.it.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.time.Instant;

/** An authenticator app in the tests: TOTP codes (SHA-1, 6 digits, 30 s) made by the same library as the portal's. */
public final class Totp {

    private Totp() {
    }

    /** The 30-second step of now. */
    public static long currentStep() {
        return Instant.now().getEpochSecond() / 30;
    }

    /**
     * A step after the given one (the last one used) whose code the portal accepts now: the current step,
     * or the next one (within the allowed clock skew) while the given one is still current.
     */
    public static long stepAfter(long used) {
        return Math.max(currentStep(), used + 1);
    }

    public static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code that is not the right one of the step (nor, but by a one-in-a-million chance, of its neighbours). */
    public static String wrongCode(String secret, long step) {
        String right = code(secret, step);
        char last = (char) ('0' + (right.charAt(5) - '0' + 1) % 10);
        return right.substring(0, 5) + last;
    }
}
