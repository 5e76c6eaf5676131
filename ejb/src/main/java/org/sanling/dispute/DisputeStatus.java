package org.sanling.dispute;

/** Where a dispute stands in its workflow ({@link DisputeWorkflow}). */
public enum DisputeStatus {
    /** 已排查: recorded, no mediator yet */
    SCREENED,
    /** 已指派: a mediator is named */
    ASSIGNED,
    /** 调解中: at least one session held */
    MEDIATING,
    /** 已化解: an agreement reached; the return visit is due 30 days after */
    RESOLVED,
    /** 调解不成 */
    FAILED,
    /** 已移交: to a court, arbitration or the petition office; the return visit is due 30 days after */
    REFERRED,
    /** 已回访 */
    FOLLOW_UP,
    /** 已结案 (final) */
    CLOSED;

    /** Whether the dispute is still being worked towards a resolution or referral: what the high-risk escalation watches. */
    public boolean isOpen() {
        return this == SCREENED || this == ASSIGNED || this == MEDIATING || this == FAILED;
    }

    /** Whether a return visit is awaited in this state. */
    public boolean awaitsFollowUp() {
        return this == RESOLVED || this == REFERRED;
    }
}
