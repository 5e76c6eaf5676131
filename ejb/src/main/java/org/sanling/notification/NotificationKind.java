package org.sanling.notification;

/**
 * What a notification announces. The text is the UI bundle's {@link #messageKey()} with the subject as {0}
 * and its time as {1}.
 */
public enum NotificationKind {
    /** A waitlisted volunteer got a place on the shift. */
    PROMOTED,
    /** A leader put the volunteer on a shift. */
    ASSIGNED,
    /** A leader took the volunteer off a shift. */
    REMOVED,
    /** The time, place or capacity of a shift the volunteer is on changed. */
    SHIFT_CHANGED,
    /** A shift the volunteer was on was cancelled. */
    SHIFT_CANCELLED,
    /** A campaign the volunteer was signed up for was cancelled. */
    CAMPAIGN_CANCELLED,
    /** The volunteer has a shift tomorrow. */
    SHIFT_REMINDER,
    /** A submission the handler works on is overdue and went a level up; the time is its deadline. */
    OVERDUE_ESCALATED("deadline.notification.handler"),
    /** An overdue submission was escalated to the leader; the time is its deadline. */
    ESCALATED_TO_YOU("deadline.notification.leader"),
    /** The return visit of a dispute the mediator resolved or referred is due; the time is when it is due. */
    DISPUTE_FOLLOW_UP_DUE,
    /** A high-risk dispute of the leader's street is open more than three days; the time is when it was filed. */
    DISPUTE_ESCALATED;

    private final String messageKey;

    NotificationKind() {
        this.messageKey = "notificationKind." + name();
    }

    NotificationKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The UI bundle's key of the text. */
    public String messageKey() {
        return messageKey;
    }
}
