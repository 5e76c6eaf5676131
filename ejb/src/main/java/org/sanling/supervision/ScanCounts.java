package org.sanling.supervision;

/**
 * What a deadline scan did: submissions it found overdue for the first time, escalations to an area's
 * leaders, and notices sent (to handlers and leaders).
 */
public record ScanCounts(int flagged, int escalated, int notified) {

    public static final ScanCounts NONE = new ScanCounts(0, 0, 0);

    ScanCounts plus(ScanCounts other) {
        return new ScanCounts(flagged + other.flagged, escalated + other.escalated, notified + other.notified);
    }

    @Override
    public String toString() {
        return "flagged=" + flagged + ", escalated=" + escalated + ", notified=" + notified;
    }
}
