package org.sanling.supervision;

import org.sanling.account.Caller;
import org.sanling.platform.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a submission's way: which actions each state offers, to whom, and where they lead.
 * <ul>
 *     <li>submitted: a leader of the area accepts or rejects it (reason required);</li>
 *     <li>accepted: a leader dispatches it (accepting dispatches at once when the grid has a handler);</li>
 *     <li>dispatched: the assigned handler starts work (for a department: any of its handlers, who then
 *     becomes the assignee); a leader may dispatch it elsewhere;</li>
 *     <li>in progress: the handler (or a leader) resolves it with a resolution note; a leader may re-dispatch;</li>
 *     <li>resolved: the submitter confirms it (closed) or reopens it with what is still wrong (back to dispatched).</li>
 * </ul>
 * "A leader of the area" is a leader or admin who governs the submission's area. Stateless and thread-safe.
 */
public final class SubmissionWorkflow {

    private static final Map<SubmissionAction, SubmissionStatus> NEXT = Map.of(
            SubmissionAction.ACCEPT, SubmissionStatus.ACCEPTED,
            SubmissionAction.REJECT, SubmissionStatus.REJECTED,
            SubmissionAction.DISPATCH, SubmissionStatus.DISPATCHED,
            SubmissionAction.START, SubmissionStatus.IN_PROGRESS,
            SubmissionAction.RESOLVE, SubmissionStatus.RESOLVED,
            SubmissionAction.CONFIRM, SubmissionStatus.CLOSED,
            SubmissionAction.REOPEN, SubmissionStatus.DISPATCHED,
            SubmissionAction.HANDLE_ON_SPOT, SubmissionStatus.RESOLVED);

    private SubmissionWorkflow() {
    }

    /** The actions the caller may take on the submission now; empty when none. */
    public static Set<SubmissionAction> allowed(Submission submission, Caller caller) {
        boolean leader = SubmissionVisibility.leadsArea(submission, caller);
        boolean assignee = submission.getAssignee() != null
                && submission.getAssignee().getUsername().equals(caller.username());
        boolean department = caller.has(Role.HANDLER) && submission.isWaitingIn(caller.departmentId());
        boolean submitter = submission.getSubmitter().getUsername().equals(caller.username());
        Set<SubmissionAction> actions = EnumSet.noneOf(SubmissionAction.class);
        switch (submission.getStatus()) {
            case SUBMITTED -> {
                if (leader) {
                    actions.add(SubmissionAction.ACCEPT);
                    actions.add(SubmissionAction.REJECT);
                }
            }
            case ACCEPTED -> {
                if (leader) {
                    actions.add(SubmissionAction.DISPATCH);
                }
            }
            case DISPATCHED -> {
                if (assignee || department) {
                    actions.add(SubmissionAction.START);
                }
                if (leader) {
                    actions.add(SubmissionAction.DISPATCH);
                }
            }
            case IN_PROGRESS -> {
                if (assignee || leader) {
                    actions.add(SubmissionAction.RESOLVE);
                }
                if (leader) {
                    actions.add(SubmissionAction.DISPATCH);
                }
            }
            case RESOLVED -> {
                if (submitter) {
                    actions.add(SubmissionAction.CONFIRM);
                    actions.add(SubmissionAction.REOPEN);
                }
            }
            case REJECTED, CLOSED -> {
                // final: nothing more happens
            }
        }
        return actions;
    }

    /**
     * Whether the caller may record the submission as handled on the spot (现场处置): a handler who just filed it in an
     * area they govern (their grid), before anyone else acted on it. It then goes straight to resolved, with them as
     * its assignee, awaiting their own confirmation like any other.
     */
    public static boolean mayHandleOnSpot(Submission submission, Caller caller) {
        return submission.getStatus() == SubmissionStatus.SUBMITTED && caller.has(Role.HANDLER)
                && submission.getSubmitter().getUsername().equals(caller.username())
                && caller.governs(submission.getAreaPath());
    }

    /** The state an action leads to. */
    public static SubmissionStatus next(SubmissionAction action) {
        return NEXT.get(action);
    }
}
