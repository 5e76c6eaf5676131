package org.sanling.volunteer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a shift takes sign-ups and a sign-up takes a check-in: the rules the pages and the services share. */
class ShiftRulesTest {

    private static final Instant START = Instant.parse("2026-12-10T01:00:00Z");

    private final Campaign campaign = new Campaign(null, START.minus(Duration.ofDays(7)));
    private final Shift shift = new Shift(campaign, new ShiftPlan(null, START, START.plus(Duration.ofHours(2)),
            "梦萦小区广场", 5, List.of(), null));

    @Test
    void aShiftTakesSignUpsWhilePublishedNotCancelledAndNotStarted() {
        assertFalse(shift.isOpenForSignUp(), "a draft");
        campaign.moveTo(CampaignStatus.PUBLISHED, START.minus(Duration.ofDays(6)));
        assertTrue(shift.isOpenForSignUp());
        assertFalse(shift.hasStartedAt(START.minusSeconds(1)));
        assertTrue(shift.hasStartedAt(START));
        shift.cancel();
        assertFalse(shift.isOpenForSignUp());
    }

    @Test
    void aConfirmedVolunteerChecksInFromHalfAnHourBeforeTheStartUntilTheEnd() {
        Signup signup = new Signup(shift, null, UUID.randomUUID(), 1, true, null, START.minus(Duration.ofDays(1)));

        assertEquals(START.minus(Shift.EARLY_CHECK_IN), shift.checkInOpensAt());
        assertFalse(signup.acceptsCheckInAt(START.minus(Duration.ofMinutes(31))));
        assertTrue(signup.acceptsCheckInAt(START.minus(Duration.ofMinutes(30))));
        assertTrue(signup.acceptsCheckInAt(START.plus(Duration.ofMinutes(119))));
        assertFalse(signup.acceptsCheckInAt(START.plus(Duration.ofHours(2))));
        signup.checkIn(START);
        assertFalse(signup.acceptsCheckInAt(START.plusSeconds(60)), "once in, not again");
    }

    @Test
    void neitherAWaitlistedVolunteerNorANoShowChecksIn() {
        Signup waiting = new Signup(shift, null, UUID.randomUUID(), 6, false, null, START.minus(Duration.ofDays(1)));
        Signup absent = new Signup(shift, null, UUID.randomUUID(), 2, true, null, START.minus(Duration.ofDays(1)));
        absent.recordNoShow();

        assertFalse(waiting.acceptsCheckInAt(START));
        assertFalse(absent.acceptsCheckInAt(START));
    }
}
