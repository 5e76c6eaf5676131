package org.sanling.account;

import org.junit.jupiter.api.Test;
import org.sanling.area.Area;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLockoutTest {

    private final Instant t0 = Instant.parse("2026-11-26T02:00:00Z");
    private final Account account = new Account("volunteer-x", "测试", null, Area.district("410702", "红旗区"),
            Set.of(Role.VOLUNTEER), "hash", t0);

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            assertFalse(account.recordFailedLogin(t0), "failure " + i);
        }
        assertTrue(account.recordFailedLogin(t0));
        assertEquals(t0.plus(Duration.ofMinutes(15)), account.getLockedUntil());
        assertTrue(account.isLockedAt(t0.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLockedAt(t0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            account.recordFailedLogin(t0);
        }
        account.recordSuccessfulLogin();
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            assertFalse(account.recordFailedLogin(t0));
        }
    }

    @Test
    void unlockLiftsTheLock() {
        for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
            account.recordFailedLogin(t0);
        }
        account.unlock();
        assertFalse(account.isLockedAt(t0));
    }
}
