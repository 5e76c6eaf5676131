package org.sanling.web.security;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Throttle throttle = new Throttle(new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    });

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    private void fail(ThrottleRule rule, String account, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.attempt(rule, account, client);
        }
    }

    @Test
    void fiveFailuresAtAnAccountMakeStrangersWaitTwelveSeconds() {
        fail(ThrottleRule.LOGIN, "zhang", "10.0.0.1", 5);
        var refused = assertThrows(TooManyAttemptsException.class, () -> throttle.attempt(ThrottleRule.LOGIN, "zhang", "10.0.0.2"));
        assertEquals(12, refused.retryAfterSeconds());
        pass(Duration.ofSeconds(12));
        throttle.attempt(ThrottleRule.LOGIN, "ZHANG ", "10.0.0.2");
    }

    @Test
    void theWaitGrowsAsTheLongerLimitsRunOut() {
        fail(ThrottleRule.LOGIN, "li", "10.0.1.1", 5);
        // One guess every 12 seconds (from ever new addresses) until the hourly limit runs out too.
        int guesses = 5;
        TooManyAttemptsException refused = null;
        while (refused == null && guesses < 40) {
            pass(Duration.ofSeconds(12));
            try {
                throttle.attempt(ThrottleRule.LOGIN, "li", "10.0.1." + guesses);
                guesses++;
            } catch (TooManyAttemptsException e) {
                refused = e;
            }
        }
        assertEquals(21, guesses, "20 an hour, and one more for the three minutes that passed");
        assertTrue(refused.retryAfterSeconds() > 100, "then a guess every three minutes: " + refused.retryAfterSeconds());
    }

    @Test
    void theOwnersUsualClientIsSparedTheAccountsLimit() {
        throttle.attempt(ThrottleRule.LOGIN, "wang", "10.0.2.1").succeeded();
        fail(ThrottleRule.LOGIN, "wang", "10.0.2.66", 5);
        assertThrows(TooManyAttemptsException.class, () -> throttle.attempt(ThrottleRule.LOGIN, "wang", "10.0.2.77"));
        throttle.attempt(ThrottleRule.LOGIN, "wang", "10.0.2.1").succeeded();
    }

    @Test
    void oneClientIsLimitedAcrossAccountsEvenWhereItIsKnown() {
        for (int i = 0; i < 10; i++) {
            throttle.attempt(ThrottleRule.LOGIN, "user" + i, "10.0.3.1");
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.attempt(ThrottleRule.LOGIN, "someone-else", "10.0.3.1"));
        throttle.attempt(ThrottleRule.LOGIN, "someone-else", "10.0.3.2");
    }

    @Test
    void successesAreGivenBackWhereOnlyFailuresCount() {
        for (int i = 0; i < 30; i++) {
            throttle.attempt(ThrottleRule.LOGIN, "zhao", "10.0.4.1").succeeded();
        }
        for (int i = 0; i < 10; i++) {
            throttle.attempt(ThrottleRule.REGISTRATION, null, "10.0.4.2").succeeded();
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.attempt(ThrottleRule.REGISTRATION, null, "10.0.4.2"));
    }

    @Test
    void rulesKeepTheirOwnBuckets() {
        fail(ThrottleRule.LOGIN, "qian", "10.0.5.1", 5);
        throttle.attempt(ThrottleRule.PASSWORD_RESET, "qian", "10.0.5.1");
        throttle.attempt(ThrottleRule.SHORT_CODE, "qian", "10.0.5.1");
    }

    @Test
    void longWaitsAreSaidInMinutes() {
        var exception = new TooManyAttemptsException(Duration.ofSeconds(864));
        assertEquals("throttle.minutes", exception.messageKey());
        assertEquals(15L, exception.arguments().get(0));
        assertEquals(864, exception.retryAfterSeconds());
    }
}
