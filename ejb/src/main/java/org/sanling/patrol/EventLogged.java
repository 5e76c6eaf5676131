package org.sanling.patrol;

/**
 * The answer to logging an event: the event with its submission's id, and whether this call created it
 * ({@code false}: a replay of the client UUID, answered with the first event).
 */
public record EventLogged(long eventId, long submissionId, boolean handledOnSpot, boolean created) {
}
