package org.sanling.patrol;

/**
 * The answer to recording a patrol: the patrol, and whether this call created it ({@code false}: the client UUID
 * had been recorded before and this is that first patrol).
 */
public record PatrolRecorded(Patrol patrol, boolean created) {
}
