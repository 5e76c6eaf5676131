package org.sanling.account.mfa;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 seed, the ASCII "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfRfc6238AppendixBCutToSixDigits() {
        // The RFC lists 8 digits: 94287082, 07081804, 14050471, 89005924; apps show the last 6.
        assertEquals("287082", TotpCodes.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", TotpCodes.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", TotpCodes.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", TotpCodes.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1234567890))));
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoStepsAway() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = TotpCodes.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            String code = TotpCodes.codeAt(RFC_SECRET, step + offset);
            assertEquals(OptionalLong.of(step + offset), TotpCodes.matchingStep(RFC_SECRET, code, now, -1), "offset " + offset);
        }
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step - 2), now, -1).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step + 2), now, -1).isEmpty());
    }

    @Test
    void aStepAlreadyUsedOrEarlierIsRefused() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = TotpCodes.step(now);
        String current = TotpCodes.codeAt(RFC_SECRET, step);
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, current, now, step).isEmpty(), "the same step again");
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step - 1), now, step).isEmpty(),
                "an earlier step after a later one");
        assertEquals(OptionalLong.of(step + 1),
                TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step + 1), now, step));
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, "94287082", now, -1).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, "28708", now, -1).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, null, now, -1).isEmpty());
        assertFalse(TotpCodes.looksLikeCode("abcd-efgh-ijkl-mnop"));
        assertTrue(TotpCodes.looksLikeCode("012345"));
    }

    @Test
    void newSecretsAre160BitsOfBase32AndTheUriNamesIssuerAndAccount() {
        String secret = TotpCodes.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertFalse(secret.equals(TotpCodes.newSecret()));
        String uri = TotpCodes.otpauthUri(secret, "district-leader");
        assertTrue(uri.startsWith("otpauth://totp/Sanling%20%E4%B8%89%E9%9B%B6%3Adistrict-leader?secret=" + secret), uri);
        assertTrue(uri.contains("&issuer=Sanling%20%E4%B8%89%E9%9B%B6&algorithm=SHA1&digits=6&period=30"), uri);
    }
}
