package org.sanling.volunteer;

import java.util.List;

/**
 * A volunteer's shifts: those still on (confirmed or waitlisted, not yet ended), soonest first, and the
 * history (ended, cancelled, removed), latest first.
 */
public record MyShifts(List<SignedUp> upcoming, List<SignedUp> past) {
}
