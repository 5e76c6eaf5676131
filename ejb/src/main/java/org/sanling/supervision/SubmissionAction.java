package org.sanling.supervision;

/**
 * What a person can do to a submission; each is one timeline entry. {@link #HANDLE_ON_SPOT} (现场处置) is not among
 * a submission's offered actions: a handler takes it only when filing what they already handled in their grid
 * ({@link SubmissionService#handleOnSpot}).
 */
public enum SubmissionAction {
    ACCEPT, REJECT, DISPATCH, START, RESOLVE, CONFIRM, REOPEN, HANDLE_ON_SPOT;

    /** Whether the action needs a note (the reason, the resolution, what is still wrong). */
    public boolean needsNote() {
        return this == REJECT || this == RESOLVE || this == REOPEN || this == HANDLE_ON_SPOT;
    }
}
