package org.sanling.supervision;

/** Where a submission stands in its workflow. */
public enum SubmissionStatus {
    /** 已提交 */
    SUBMITTED,
    /** 已受理, waiting for dispatch when the grid has no handler */
    ACCEPTED,
    /** 不予受理 (final) */
    REJECTED,
    /** 已派单 */
    DISPATCHED,
    /** 处置中 */
    IN_PROGRESS,
    /** 已办结, waiting for the submitter's confirmation */
    RESOLVED,
    /** 已确认 (final) */
    CLOSED;

    /** Whether nothing more happens to a submission in this state. */
    public boolean isFinal() {
        return this == REJECTED || this == CLOSED;
    }

    /** Whether the submission's deadline still runs in this state. */
    public boolean isOpen() {
        return this != REJECTED && this != RESOLVED && this != CLOSED;
    }
}
