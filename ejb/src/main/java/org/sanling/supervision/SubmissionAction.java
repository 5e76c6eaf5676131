package org.sanling.supervision;

/** What a person can do to a submission; each is one timeline entry. */
public enum SubmissionAction {
    ACCEPT, REJECT, DISPATCH, START, RESOLVE, CONFIRM, REOPEN;

    /** Whether the action needs a note (the reason, the resolution, what is still wrong). */
    public boolean needsNote() {
        return this == REJECT || this == RESOLVE || this == REOPEN;
    }
}
