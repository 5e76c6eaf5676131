package org.sanling.patrol;

import java.time.Instant;

/**
 * Which patrols of the caller's scope to list; every criterion is optional (null: any).
 *
 * @param areaCode an area inside the caller's scope: its patrols and those of the areas below it
 * @param from     patrols started at or after this instant
 * @param to       patrols started before this instant
 */
public record PatrolQuery(String areaCode, Instant from, Instant to) {
}
