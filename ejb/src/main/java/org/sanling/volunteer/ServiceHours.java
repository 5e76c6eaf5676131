package org.sanling.volunteer;

import java.time.Duration;
import java.time.Instant;

/** The time credited for a shift: what was attended, clipped to the shift's window, in whole minutes. */
public final class ServiceHours {

    private ServiceHours() {
    }

    public static int creditedMinutes(Instant shiftStart, Instant shiftEnd, Instant checkedIn, Instant checkedOut) {
        Instant from = checkedIn.isAfter(shiftStart) ? checkedIn : shiftStart;
        Instant to = checkedOut.isBefore(shiftEnd) ? checkedOut : shiftEnd;
        return to.isAfter(from) ? (int) Duration.between(from, to).toMinutes() : 0;
    }
}
