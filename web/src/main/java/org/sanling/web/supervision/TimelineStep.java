package org.sanling.web.supervision;

import org.sanling.web.i18n.Times;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.TimelineEntry;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One step of a submission's timeline; {@code action} is FILE for the filing. */
public record TimelineStep(OffsetDateTime at, String actor, String action, SubmissionStatus status, String note)
        implements Serializable {

    static TimelineStep of(TimelineEntry entry) {
        return new TimelineStep(Times.local(entry.getAt()), entry.getActor(), entry.getAction(), entry.getStatusAfter(),
                entry.getNote());
    }
}
