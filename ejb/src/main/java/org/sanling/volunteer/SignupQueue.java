package org.sanling.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sign-ups for one shift, combined: when many volunteers sign up for the same shift at once (a popular
 * campaign opening), one of the waiting request threads takes all requests queued so far and places
 * them in one transaction ({@link ShiftSignups}), while the others wait for their outcome. The shift's
 * row is locked and its transaction committed once per batch instead of once per person, which is what
 * keeps the answer fast when hundreds arrive together.
 * <p>
 * Correctness does not depend on this queue (it is per node): the row lock still decides between
 * nodes. A batch that fails as a whole is placed again one request at a time, so one bad request does
 * not fail its neighbours.
 */
@ApplicationScoped
public class SignupQueue {

    static final int MAX_BATCH = 100;

    private static final class Lane {
        final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
        final AtomicBoolean serving = new AtomicBoolean();
    }

    private record Pending(ShiftSignups.Request request, CompletableFuture<ShiftSignups.Outcome> outcome) {
    }

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

    @Inject
    private ShiftSignups signups;

    /**
     * Places the request and answers its sign-up.
     *
     * @throws org.sanling.platform.UserFacingException the reason it was refused
     */
    public SignedUp take(long shiftId, ShiftSignups.Request request) {
        Lane lane = lanes.computeIfAbsent(shiftId, id -> new Lane());
        Pending mine = new Pending(request, new CompletableFuture<>());
        lane.waiting.add(mine);
        while (!mine.outcome().isDone()) {
            if (lane.serving.compareAndSet(false, true)) {
                try {
                    serve(shiftId, lane);
                } finally {
                    lane.serving.set(false);
                }
            } else {
                awaitBriefly(mine);
            }
        }
        lanes.computeIfPresent(shiftId, (id, l) -> l.waiting.isEmpty() && !l.serving.get() ? null : l);
        ShiftSignups.Outcome outcome = mine.outcome().join();
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.answer();
    }

    private void serve(long shiftId, Lane lane) {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = lane.waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<ShiftSignups.Outcome> outcomes = signups.placeAll(shiftId, batch.stream().map(Pending::request).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).outcome().completeExceptionally(failed);
                return;
            }
            for (Pending alone : batch) {
                try {
                    alone.outcome().complete(signups.placeAll(shiftId, List.of(alone.request())).get(0));
                } catch (RuntimeException stillFailing) {
                    alone.outcome().completeExceptionally(stillFailing);
                }
            }
        }
    }

    private static void awaitBriefly(Pending pending) {
        try {
            pending.outcome().get(5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillWaitingOrFailed) {
            // Not done yet (look again, or serve the lane), or failed (join() reports it).
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a place", e);
        }
    }
}
