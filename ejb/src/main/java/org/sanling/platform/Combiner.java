package org.sanling.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests that contend for one lock, combined: when many arrive at once for the same key, one of the waiting
 * request threads takes all requests queued for that key so far and serves them in one call (one transaction:
 * one lock, one commit), while the others wait for their answer. Nothing runs in a thread of its own; a request
 * is answered only once the call that served it has returned, so a committed answer stays committed.
 * <p>
 * Correctness must not depend on it: it combines only the requests of one node, and the lock the call takes still
 * decides between nodes. A batch that fails as a whole is served again one request at a time, so one bad request
 * does not fail its neighbours; a request that fails alone gets its own exception. Thread-safe.
 *
 * @param <K> what the requests contend for (a shift, a counter)
 * @param <R> a request
 * @param <A> its answer
 */
public final class Combiner<K, R, A> {

    /** Serves a batch of requests of one key: one answer per request, in their order. */
    @FunctionalInterface
    public interface Server<K, R, A> {
        List<A> serveAll(K key, List<R> requests);
    }

    private static final class Lane<R, A> {
        final Queue<Pending<R, A>> waiting = new ConcurrentLinkedQueue<>();
        final AtomicBoolean serving = new AtomicBoolean();
    }

    private record Pending<R, A>(R request, CompletableFuture<A> answer) {
    }

    private final int maxBatch;
    private final Map<K, Lane<R, A>> lanes = new ConcurrentHashMap<>();

    /** @param maxBatch the most requests one call serves */
    public Combiner(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    /**
     * Serves the request, with others of its key waiting at the same moment, and answers it.
     *
     * @throws RuntimeException what serving the request alone threw
     */
    public A serve(K key, R request, Server<K, R, A> server) {
        Lane<R, A> lane = lanes.computeIfAbsent(key, k -> new Lane<>());
        Pending<R, A> mine = new Pending<>(request, new CompletableFuture<>());
        lane.waiting.add(mine);
        while (!mine.answer().isDone()) {
            if (lane.serving.compareAndSet(false, true)) {
                try {
                    serveBatch(key, lane, server);
                } finally {
                    lane.serving.set(false);
                }
            } else {
                awaitBriefly(mine);
            }
        }
        lanes.computeIfPresent(key, (k, l) -> l.waiting.isEmpty() && !l.serving.get() ? null : l);
        try {
            return mine.answer().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException own ? own : failed;
        }
    }

    private void serveBatch(K key, Lane<R, A> lane, Server<K, R, A> server) {
        List<Pending<R, A>> batch = new ArrayList<>();
        for (Pending<R, A> next; batch.size() < maxBatch && (next = lane.waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<A> answers = server.serveAll(key, batch.stream().map(Pending::request).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).answer().completeExceptionally(failed);
                return;
            }
            for (Pending<R, A> alone : batch) {
                try {
                    alone.answer().complete(server.serveAll(key, List.of(alone.request())).get(0));
                } catch (RuntimeException stillFailing) {
                    alone.answer().completeExceptionally(stillFailing);
                }
            }
        }
    }

    private static void awaitBriefly(Pending<?, ?> pending) {
        try {
            pending.answer().get(5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillWaitingOrFailed) {
            // Not done yet (look again, or serve the lane), or failed (serve() reports it).
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a combined request", e);
        }
    }
}
