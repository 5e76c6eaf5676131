package org.sanling.volunteer;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceHoursTest {

    private static final Instant START = Instant.parse("2026-11-28T01:00:00Z");
    private static final Instant END = Instant.parse("2026-11-28T04:00:00Z");

    private static Instant at(String time) {
        return Instant.parse("2026-11-28T" + time + "Z");
    }

    @Test
    void attendingTheWholeShiftCreditsItsLength() {
        assertEquals(180, ServiceHours.creditedMinutes(START, END, START, END));
    }

    @Test
    void arrivingEarlyAndLeavingLateCreditsOnlyTheShift() {
        assertEquals(180, ServiceHours.creditedMinutes(START, END, at("00:35:00"), at("05:10:00")));
    }

    @Test
    void arrivingLateAndLeavingEarlyCreditsTheTimeAttended() {
        assertEquals(95, ServiceHours.creditedMinutes(START, END, at("01:20:00"), at("02:55:30")));
    }

    @Test
    void timeOutsideTheShiftCreditsNothing() {
        assertEquals(0, ServiceHours.creditedMinutes(START, END, at("00:31:00"), at("00:59:00")));
        assertEquals(0, ServiceHours.creditedMinutes(START, END, at("04:10:00"), at("05:00:00")));
    }
}
