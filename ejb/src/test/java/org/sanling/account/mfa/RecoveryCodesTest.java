package org.sanling.account.mfa;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfSixteenLettersAndDigits() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"), c));
    }

    @Test
    void theHashIgnoresCaseSpacesAndDashesButNotTheCharacters() {
        String hash = RecoveryCodes.hash("4f7q-2mzk-x9ab-c3de");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, RecoveryCodes.hash(" 4F7Q 2MZK X9AB C3DE "));
        assertEquals(hash, RecoveryCodes.hash("4f7q2mzkx9abc3de"));
        assertNotEquals(hash, RecoveryCodes.hash("4f7q-2mzk-x9ab-c3df"));
    }
}
