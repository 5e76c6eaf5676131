package org.sanling.account.mfa;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanling.platform.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MfaPolicyTest {

    private static final String PROPERTY = "sanling.mfa.required";
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    @Test
    void leadersAndAdminsMustEnrolOthersNeedNot() {
        System.setProperty(PROPERTY, "true");
        assertTrue(MfaPolicy.mustEnrol(Set.of(Role.LEADER)));
        assertTrue(MfaPolicy.mustEnrol(Set.of(Role.ADMIN)));
        assertTrue(MfaPolicy.mustEnrol(EnumSet.of(Role.VOLUNTEER, Role.LEADER)));
        assertFalse(MfaPolicy.mustEnrol(EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR, Role.HANDLER)));
    }

    @Test
    void theSettingTurnsTheRequirementOffAtOnce() {
        System.setProperty(PROPERTY, "false");
        assertFalse(MfaPolicy.required());
        assertFalse(MfaPolicy.mustEnrol(Set.of(Role.ADMIN)));
        System.setProperty(PROPERTY, "true");
        assertTrue(MfaPolicy.mustEnrol(Set.of(Role.ADMIN)));
    }

    @Test
    void requiredUnlessSet() {
        assumeTrue(System.getenv("SANLING_MFA_REQUIRED") == null, "the environment sets the requirement");
        System.clearProperty(PROPERTY);
        assertTrue(MfaPolicy.required());
    }
}
