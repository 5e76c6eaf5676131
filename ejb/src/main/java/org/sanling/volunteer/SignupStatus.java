package org.sanling.volunteer;

/** A sign-up holds a place ({@code CONFIRMED}), waits for one ({@code WAITLISTED}) or has ended. */
public enum SignupStatus {
    CONFIRMED, WAITLISTED,
    /** Cancelled by the volunteer, or with the shift or campaign. */
    CANCELLED,
    /** Taken off the shift by a leader. */
    REMOVED;

    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
