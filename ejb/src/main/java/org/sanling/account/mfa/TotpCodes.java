package org.sanling.account.mfa;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * TOTP as RFC 6238 and authenticator apps have it: SHA-1, {@value #DIGITS} digits, {@value #PERIOD_SECONDS}-second
 * steps, 160-bit secrets in Base32. The codes themselves come from the totp library; this class adds which
 * steps are accepted: the current one and one on either side (clock skew), and only steps after the last
 * one used, so a code cannot be replayed. Thread-safe; no state.
 */
public final class TotpCodes {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    /** The name authenticator apps show above the code. */
    public static final String ISSUER = "Sanling 三零";

    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private static final DefaultSecretGenerator SECRETS = new DefaultSecretGenerator();

    private TotpCodes() {
    }

    /** A new random secret, 32 Base32 characters (160 bits, RFC 4226's recommended length). */
    public static String newSecret() {
        return SECRETS.generate();
    }

    /** The otpauth URI an authenticator app reads from the QR code: issuer, account, secret and parameters. */
    public static String otpauthUri(String secret, String username) {
        return new QrData.Builder().label(ISSUER + ":" + username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    /** Whether the text has the shape of a code (six digits), as opposed to a recovery code. */
    public static boolean looksLikeCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /** The time step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of the secret for a step. */
    public static String codeAt(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("a stored TOTP secret could not make a code", e);
        }
    }

    /**
     * The step whose code the given code is, among the step of {@code now} and one before and after it,
     * provided it comes after {@code lastUsedStep}; empty when the code matches none of them (wrong, too
     * old, or already used).
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now, long lastUsedStep) {
        if (!looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = current - 1; step <= current + 1; step++) {
            boolean matches = MessageDigest.isEqual(given, codeAt(secret, step).getBytes(StandardCharsets.US_ASCII));
            if (matches && step > lastUsedStep) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
