package org.sanling.web.patrol;

import org.sanling.patrol.Patrol;
import org.sanling.web.i18n.Times;
import org.sanling.web.supervision.PersonRef;

import java.time.OffsetDateTime;

/** A patrol in a list: who walked which grid, when, and what they noted. */
public record PatrolSummary(String id, PersonRef handler, String areaCode, String areaName, OffsetDateTime startedAt,
                            OffsetDateTime endedAt, String notes) {

    static PatrolSummary of(Patrol p) {
        return new PatrolSummary(String.valueOf(p.getId()), PersonRef.of(p.getHandler()), p.getArea().getCode(),
                p.getArea().getName(), Times.local(p.getStartedAt()), Times.local(p.getEndedAt()), p.getNotes());
    }
}
