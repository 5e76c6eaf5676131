package org.sanling.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sanling.platform.Combiner;

/**
 * Submissions filed at the same moment on this node, combined ({@link Combiner}): every submission takes the
 * next gapless yearly number under the counter's row lock and holds it until its commit, so without combining
 * they are filed one at a time (docs/benchmarks.md, the cluster's load test). A batch takes a run of numbers
 * under one lock and commits once; each request is answered after that commit.
 */
@ApplicationScoped
public class SubmissionQueue {

    private static final int MAX_BATCH = 50;
    /** All submissions contend for the one counter, so they share one lane. */
    private static final String COUNTER = "submission-number";

    private final Combiner<String, SubmissionIntake.Request, Long> combiner = new Combiner<>(MAX_BATCH);

    @Inject
    private SubmissionIntake intake;

    /**
     * Creates the submission, committed, and answers its id.
     *
     * @throws jakarta.ejb.EJBException when it cannot be created (e.g. its client UUID was taken meanwhile)
     */
    public long create(SubmissionIntake.Request request) {
        return combiner.serve(COUNTER, request, (counter, requests) -> intake.createAll(requests));
    }
}
