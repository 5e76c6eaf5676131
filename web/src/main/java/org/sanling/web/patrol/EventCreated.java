package org.sanling.web.patrol;

/** The answer to logging an event, the same for the first call and every replay: the event and the submission it became. */
public record EventCreated(String id, String submissionId) {
}
