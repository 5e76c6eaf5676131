package org.sanling.volunteer;

import java.util.List;

/** A shift as its leader sees it: who holds a place, who waits (in order), and the check-in code. */
public record Roster(Shift shift, List<Signup> confirmed, List<Signup> waitlist) {
}
