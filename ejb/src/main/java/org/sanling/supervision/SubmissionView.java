package org.sanling.supervision;

import org.sanling.account.Caller;
import org.sanling.platform.Role;

/** Who may see what of the submissions: the three lists a person works from. */
public enum SubmissionView {
    /** What I filed. */
    MINE,
    /** What is dispatched to me or waits in my department (a handler's queue). */
    ASSIGNED,
    /** Everything in the area I govern (a leader's queue; grid and community handlers see their area). */
    SCOPE;

    /**
     * The list a person starts from: the area's queue for those who {@linkplain Caller#governsAnArea() govern
     * an area}, the department's queue for its handlers, what they filed for everyone else.
     */
    public static SubmissionView defaultFor(Caller caller) {
        if (caller.governsAnArea()) {
            return SCOPE;
        }
        return caller.has(Role.HANDLER) ? ASSIGNED : MINE;
    }
}
