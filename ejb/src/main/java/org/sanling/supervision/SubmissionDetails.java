package org.sanling.supervision;

import java.util.List;
import java.util.Set;

/**
 * A submission as one caller sees it: what they may do now, whether they may see the citizen's
 * name and phone (leaders of the area and the assigned handler may; others see them masked), and the
 * levels it was escalated to while overdue, lowest first.
 */
public record SubmissionDetails(Submission submission, Set<SubmissionAction> actions, boolean citizenVisible,
                                List<SubmissionEscalation> escalations) {
}
