package org.sanling.web.patrol;

import java.util.List;

/** A page of patrols and how many there are in all. */
public record PatrolList(long total, List<PatrolSummary> items) {
}
