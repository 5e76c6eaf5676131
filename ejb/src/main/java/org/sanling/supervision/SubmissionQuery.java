package org.sanling.supervision;

import java.time.Instant;

/**
 * Which submissions a list shows. Every filter but the view is optional ({@code null}: any).
 *
 * @param areaCode  the area whose subtree the submissions lie in (within the caller's scope)
 * @param overdue   true: only overdue ones; false: only those not overdue
 * @param from      filed at or after
 * @param to        filed before
 */
public record SubmissionQuery(SubmissionView view, SubmissionStatus status, SubmissionType type, Long categoryId,
                              String areaCode, Boolean overdue, Instant from, Instant to) {

    public static SubmissionQuery of(SubmissionView view) {
        return new SubmissionQuery(view, null, null, null, null, null, null, null);
    }

    public SubmissionQuery withStatus(SubmissionStatus newStatus) {
        return new SubmissionQuery(view, newStatus, type, categoryId, areaCode, overdue, from, to);
    }
}
