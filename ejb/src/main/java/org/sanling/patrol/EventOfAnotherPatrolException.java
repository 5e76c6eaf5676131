package org.sanling.patrol;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/**
 * The event's client UUID was sent before for an event of another patrol: the same event cannot be met on two
 * patrols, and answering with the other patrol's event would mislead the client.
 */
public class EventOfAnotherPatrolException extends UserFacingException {

    public EventOfAnotherPatrolException() {
        super(Problem.CONFLICT, "patrol.event.otherPatrol", "clientId");
    }
}
