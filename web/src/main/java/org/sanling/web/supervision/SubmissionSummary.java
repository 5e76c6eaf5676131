package org.sanling.web.supervision;

import org.sanling.web.i18n.Times;
import org.sanling.supervision.Submission;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionType;
import org.sanling.supervision.Urgency;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A submission in a list. */
public record SubmissionSummary(String id, String number, SubmissionType type, String category, String categoryId,
                                String areaCode, String areaName, String title, Urgency urgency, SubmissionStatus status,
                                OffsetDateTime createdAt, OffsetDateTime deadline, boolean overdue) implements Serializable {

    public static SubmissionSummary of(Submission s, Locale locale, Instant now) {
        return new SubmissionSummary(String.valueOf(s.getId()), s.getNumber(), s.getType(), s.getCategory().nameIn(locale),
                String.valueOf(s.getCategory().getId()), s.getArea().getCode(), s.getArea().getName(), s.getTitle(),
                s.getUrgency(), s.getStatus(), Times.local(s.getCreatedAt()), Times.local(s.getDeadline()), s.isOverdueAt(now));
    }
}
