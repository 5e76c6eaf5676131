package org.sanling.account.mfa;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: {@value #COUNT} random codes such as {@code 4f7q-2mzk-x9ab-c3de} (16 letters and digits,
 * about 82 bits), shown once; the portal keeps only their SHA-256. A code is read leniently (case, spaces
 * and dashes do not matter), since people type it from paper. Thread-safe; no state.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;

    private static final RecoveryCodeGenerator GENERATOR = new RecoveryCodeGenerator();

    private RecoveryCodes() {
    }

    /** {@value #COUNT} new codes, as they are shown to the person. */
    public static List<String> generate() {
        return List.of(GENERATOR.generateCodes(COUNT));
    }

    /** What is stored of a code: the SHA-256 of its letters and digits in lower case, in hex. */
    public static String hash(String code) {
        String normalized = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
