package org.sanling.supervision;

import java.io.Serializable;

/**
 * What waits for a person in the lists they work from, as their home page shows it; zero in a list that is
 * not theirs.
 *
 * @param awaitingConfirmation my submissions resolved and waiting for me to confirm
 * @param openTasks            dispatched to me (or my department) and not yet resolved (handlers)
 * @param overdueTasks         of those, past their deadline (handlers)
 * @param newToday             filed today in the area I lead (leaders and admins)
 * @param awaitingAcceptance   submitted in the area I lead and not yet accepted (leaders and admins)
 * @param overdueInScope       open in the area I lead and past their deadline (leaders and admins)
 */
public record QueueFigures(long awaitingConfirmation, long openTasks, long overdueTasks, long newToday,
                           long awaitingAcceptance, long overdueInScope) implements Serializable {
}
