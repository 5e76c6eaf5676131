package org.sanling.dispute;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a dispute's way: which actions each state offers, to whom, and where they lead.
 * <ul>
 *     <li>screened: whoever governs its area (its leaders, its grid's or community's handlers) assigns a mediator;</li>
 *     <li>assigned: they may assign another; the mediator (or a leader of the area) records the first session;</li>
 *     <li>mediating: the mediator or a leader records further sessions, resolves it with the agreement, or records
 *     that mediation failed;</li>
 *     <li>failed: the mediator or a leader refers it to a court, arbitration or the petition office;</li>
 *     <li>resolved or referred: the mediator or a leader records the return visit, due 30 days after;</li>
 *     <li>follow-up: whoever governs its area, or the mediator, closes it;</li>
 *     <li>closed: nothing more.</li>
 * </ul>
 * "A leader of the area" is a leader or admin who leads the dispute's area. Stateless and thread-safe.
 */
public final class DisputeWorkflow {

    private static final Map<DisputeAction, DisputeStatus> NEXT = Map.of(
            DisputeAction.ASSIGN, DisputeStatus.ASSIGNED,
            DisputeAction.MEDIATE, DisputeStatus.MEDIATING,
            DisputeAction.RESOLVE, DisputeStatus.RESOLVED,
            DisputeAction.FAIL, DisputeStatus.FAILED,
            DisputeAction.REFER, DisputeStatus.REFERRED,
            DisputeAction.FOLLOW_UP, DisputeStatus.FOLLOW_UP,
            DisputeAction.CLOSE, DisputeStatus.CLOSED);

    private DisputeWorkflow() {
    }

    /** The actions the caller may take on the dispute now; empty when none. */
    public static Set<DisputeAction> allowed(Dispute dispute, DisputeCaller who) {
        boolean governs = who.caller().governs(dispute.getAreaPath());
        boolean works = DisputeScope.mediatesIt(dispute, who) || who.caller().leads(dispute.getAreaPath());
        Set<DisputeAction> actions = EnumSet.noneOf(DisputeAction.class);
        switch (dispute.getStatus()) {
            case SCREENED -> addIf(governs, actions, DisputeAction.ASSIGN);
            case ASSIGNED -> {
                addIf(governs, actions, DisputeAction.ASSIGN);
                addIf(works, actions, DisputeAction.MEDIATE);
            }
            case MEDIATING -> {
                addIf(works, actions, DisputeAction.MEDIATE);
                addIf(works, actions, DisputeAction.RESOLVE);
                addIf(works, actions, DisputeAction.FAIL);
            }
            case FAILED -> addIf(works, actions, DisputeAction.REFER);
            case RESOLVED, REFERRED -> addIf(works, actions, DisputeAction.FOLLOW_UP);
            case FOLLOW_UP -> addIf(governs || DisputeScope.mediatesIt(dispute, who), actions, DisputeAction.CLOSE);
            case CLOSED -> {
                // final: nothing more happens
            }
        }
        return actions;
    }

    /** The state an action leads to. */
    public static DisputeStatus next(DisputeAction action) {
        return NEXT.get(action);
    }

    private static void addIf(boolean allowed, Set<DisputeAction> actions, DisputeAction action) {
        if (allowed) {
            actions.add(action);
        }
    }
}
