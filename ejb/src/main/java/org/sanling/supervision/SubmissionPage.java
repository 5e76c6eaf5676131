package org.sanling.supervision;

import java.util.List;

/** One page of a list, newest first, with the number of submissions on all pages. */
public record SubmissionPage(long total, List<Submission> items) {
}
