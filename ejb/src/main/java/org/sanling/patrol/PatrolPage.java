package org.sanling.patrol;

import java.util.List;

/** A page of patrols, latest start first, and how many match in all. */
public record PatrolPage(long total, List<Patrol> items) {
}
