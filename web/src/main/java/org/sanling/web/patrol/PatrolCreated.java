package org.sanling.web.patrol;

/** The answer to recording a patrol, the same for the first call and every replay. */
public record PatrolCreated(String id) {
}
