package org.sanling.web.supervision;

import org.sanling.web.i18n.Times;
import org.sanling.supervision.Submission;
import org.sanling.supervision.SubmissionStatus;

import java.time.OffsetDateTime;

/** The answer to filing, the same for the first call and every replay. */
public record SubmissionCreated(String id, String number, SubmissionStatus status, OffsetDateTime createdAt) {

    static SubmissionCreated of(Submission submission) {
        return new SubmissionCreated(String.valueOf(submission.getId()), submission.getNumber(), submission.getStatus(),
                Times.local(submission.getCreatedAt()));
    }
}
