package org.sanling.volunteer;

import java.time.Duration;
import java.time.Instant;

/** The rules of a time window people are planned for: it ends after it starts, lasts at most a day, starts ahead. */
public final class ShiftWindow {

    /** The longest a shift (or a legal-aid event) lasts. */
    public static final Duration LONGEST = Duration.ofHours(24);

    private ShiftWindow() {
    }

    /**
     * Refuses a window that ends before it starts, lasts longer than {@link #LONGEST} or, when its start is
     * new, starts at or before {@code now}.
     *
     * @param fieldPrefix put before {@code startsAt}/{@code endsAt} in the field named, e.g. {@code shifts[1].}
     * @throws InvalidShiftException naming the field at fault
     */
    public static void check(Instant startsAt, Instant endsAt, boolean newStart, Instant now, String fieldPrefix) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidShiftException("shift.endsAt.beforeStart", fieldPrefix + "endsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new InvalidShiftException("shift.tooLong", fieldPrefix + "endsAt");
        }
        if (newStart && !startsAt.isAfter(now)) {
            throw new InvalidShiftException("shift.startsAt.past", fieldPrefix + "startsAt");
        }
    }
}
