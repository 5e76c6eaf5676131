package org.sanling.web.supervision;

import org.sanling.supervision.SubmissionEscalation;
import org.sanling.web.i18n.Times;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One level an overdue submission went up: the area whose leaders it went to (null codes when nobody above
 * leads) and when.
 */
public record EscalationLevel(int level, String areaCode, String areaName, OffsetDateTime at) implements Serializable {

    static EscalationLevel of(SubmissionEscalation escalation) {
        return new EscalationLevel(escalation.getLevel(),
                escalation.getArea() == null ? null : escalation.getArea().getCode(),
                escalation.getArea() == null ? null : escalation.getArea().getName(),
                Times.local(escalation.getEscalatedAt()));
    }
}
