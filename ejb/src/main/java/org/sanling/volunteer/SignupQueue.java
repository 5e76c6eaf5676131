package org.sanling.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sanling.platform.Combiner;

/**
 * Sign-ups for one shift, combined ({@link Combiner}): when many volunteers sign up for the same shift at once
 * (a popular campaign opening), the requests queued so far are placed in one transaction ({@link ShiftSignups}).
 * The shift's row is locked and its transaction committed once per batch instead of once per person, which is
 * what keeps the answer fast when hundreds arrive together; the row lock still decides between nodes.
 */
@ApplicationScoped
public class SignupQueue {

    private static final int MAX_BATCH = 100;

    private final Combiner<Long, ShiftSignups.Request, ShiftSignups.Outcome> combiner = new Combiner<>(MAX_BATCH);

    @Inject
    private ShiftSignups signups;

    /**
     * Places the request and answers its sign-up.
     *
     * @throws org.sanling.platform.UserFacingException the reason it was refused
     */
    public SignedUp take(long shiftId, ShiftSignups.Request request) {
        ShiftSignups.Outcome outcome = combiner.serve(shiftId, request, signups::placeAll);
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.answer();
    }
}
