package org.sanling.web.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.supervision.SubmissionService;

/** How many of my submissions wait for my confirmation: the badge on "my reports", counted once per request. */
@Named
@RequestScoped
public class ConfirmationBadge {

    @Inject
    private SubmissionService submissions;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = submissions.awaitingMyConfirmation();
        }
        return count;
    }
}
