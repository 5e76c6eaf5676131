package org.sanling.supervision;

import java.util.Set;

/**
 * A submission as one caller sees it: what they may do now, and whether they may see the citizen's
 * name and phone (leaders of the area and the assigned handler may; others see them masked).
 */
public record SubmissionDetails(Submission submission, Set<SubmissionAction> actions, boolean citizenVisible) {
}
