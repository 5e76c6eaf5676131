package org.sanling.web.supervision;

import org.sanling.web.i18n.Times;
import org.sanling.supervision.SanlingDimension;
import org.sanling.supervision.Submission;
import org.sanling.supervision.SubmissionAction;
import org.sanling.supervision.SubmissionDetails;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionType;
import org.sanling.supervision.Urgency;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A submission with its timeline, the levels it was escalated to while overdue, the actions the caller may
 * take now, and the dispute of the register it became. The citizen's contact is
 * masked unless the caller may see it.
 */
public record SubmissionDetail(String id, String number, String clientId, SubmissionType type, String category,
                               String categoryId, String areaCode, String areaName, String place, String title,
                               String content, Urgency urgency, SanlingDimension dimension, String citizenName,
                               String citizenPhone, SubmissionStatus status, PersonRef submitter, PersonRef assignee,
                               String department,
                               OffsetDateTime occurredAt, OffsetDateTime createdAt, OffsetDateTime deadline, boolean overdue,
                               OffsetDateTime resolvedAt, long version, List<SubmissionAction> actions,
                               List<TimelineStep> timeline, List<EscalationLevel> escalations, DisputeLink dispute)
        implements Serializable {

    /**
     * @param dispute the dispute the submission became, if the caller may see it; null otherwise
     */
    static SubmissionDetail of(SubmissionDetails details, Locale locale, Instant now, DisputeLink dispute) {
        Submission s = details.submission();
        boolean visible = details.citizenVisible();
        return new SubmissionDetail(String.valueOf(s.getId()), s.getNumber(), s.getClientId().toString(), s.getType(),
                s.getCategory().nameIn(locale), String.valueOf(s.getCategory().getId()), s.getArea().getCode(),
                s.getArea().getName(), s.getPlace(), s.getTitle(), s.getContent(), s.getUrgency(), s.getDimension(),
                CitizenMask.name(s.getCitizenName(), visible), CitizenMask.phone(s.getCitizenPhone(), visible),
                s.getStatus(), PersonRef.of(s.getSubmitter()), PersonRef.of(s.getAssignee()),
                s.getDepartment() == null ? null : s.getDepartment().getName(), Times.local(s.getOccurredAt()),
                Times.local(s.getCreatedAt()), Times.local(s.getDeadline()), s.isOverdueAt(now),
                Times.local(s.getResolvedAt()), s.getVersion(), details.actions().stream().sorted().toList(),
                s.getTimeline().stream().map(TimelineStep::of).toList(),
                details.escalations().stream().filter(e -> e.getArea() != null).map(EscalationLevel::of).toList(), dispute);
    }
}
