package org.sanling.supervision;

/** Who may see what of the submissions: the three lists a person works from. */
public enum SubmissionView {
    /** What I filed. */
    MINE,
    /** What is dispatched to me (a handler's queue). */
    ASSIGNED,
    /** Everything in the area I govern (a leader's queue; handlers see their grid). */
    SCOPE
}
