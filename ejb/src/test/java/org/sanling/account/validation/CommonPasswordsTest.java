package org.sanling.account.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommonPasswordsTest {

    @Test
    void theListHoldsTheTenThousandOrSoCommonPasswordsLongEnoughToPassTheOtherRules() {
        assertTrue(CommonPasswords.size() > 10_000, "size " + CommonPasswords.size());
    }

    @Test
    void wellKnownOnesAreOnItAndTheDemoPasswordIsNot() {
        assertTrue(CommonPasswords.contains("password1"));
        assertTrue(CommonPasswords.contains("Qwerty123"));
        assertTrue(CommonPasswords.contains("iloveyou1"));
        assertFalse(CommonPasswords.contains("Sanling@2026"));
        assertFalse(CommonPasswords.contains(null));
    }
}
