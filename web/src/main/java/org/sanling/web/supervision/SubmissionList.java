package org.sanling.web.supervision;

import java.util.List;

/** A page of submissions and how many there are in all. */
public record SubmissionList(long total, List<SubmissionSummary> items) {
}
