package org.sanling.supervision;

import org.sanling.account.Caller;

/**
 * Who may see a submission, and its citizen's contact: the one rule behind every read of submissions
 * (detail, photos, lists of possible duplicates). Stateless and thread-safe.
 */
final class SubmissionVisibility {

    private SubmissionVisibility() {
    }

    /**
     * Those who govern its area (admins, leaders, grid and community handlers above it), its submitter, its
     * assigned handler and the handlers of the department it waits in; to anybody else it does not exist.
     */
    static boolean visible(Submission submission, Caller caller) {
        return caller.governs(submission.getAreaPath())
                || submission.getSubmitter().getUsername().equals(caller.username())
                || worksOn(submission, caller);
    }

    /** The citizen's name and phone: the area's leaders and whoever works on it, not the submitter's peers. */
    static boolean citizenVisible(Submission submission, Caller caller) {
        return leadsArea(submission, caller) || worksOn(submission, caller);
    }

    /** A leader or admin governing its area: who accepts, dispatches, and so picks the handler or department. */
    static boolean leadsArea(Submission submission, Caller caller) {
        return caller.leads(submission.getAreaPath());
    }

    /** The caller is its assignee, or it waits in the caller's department. */
    private static boolean worksOn(Submission submission, Caller caller) {
        return (submission.getAssignee() != null && submission.getAssignee().getUsername().equals(caller.username()))
                || submission.isWaitingIn(caller.departmentId());
    }
}
