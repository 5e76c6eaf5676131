package org.sanling.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CombinerTest {

    private static final int CALLERS = 40;

    /** Doubles each request, slowly enough that others queue meanwhile; remembers the size of every batch. */
    private final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());

    private List<Integer> doubleAll(String key, List<Integer> requests) {
        batches.add(requests.size());
        sleep(20);
        return requests.stream().map(r -> r * 2).toList();
    }

    /** The same, except that 13 spoils any batch it is in, and fails on its own too. */
    private List<Integer> doubleAllBut13(String key, List<Integer> requests) {
        if (requests.contains(13)) {
            sleep(20);
            throw requests.size() > 1 ? new IllegalStateException("13 spoils its batch") : new IllegalArgumentException("13 alone");
        }
        return doubleAll(key, requests);
    }

    @Test
    void requestsArrivingTogetherAreServedInFewerCallsEachGettingItsOwnAnswer() throws Exception {
        Combiner<String, Integer, Integer> combiner = new Combiner<>(10);
        List<Integer> answers = atOnce(i -> combiner.serve("counter", i, this::doubleAll));

        for (int i = 0; i < CALLERS; i++) {
            assertEquals(2 * i, answers.get(i));
        }
        assertEquals(CALLERS, batches.stream().mapToInt(Integer::intValue).sum(), "each request served once");
        assertTrue(batches.size() < CALLERS, "some served together: " + batches);
        assertTrue(batches.stream().allMatch(size -> size <= 10), "no batch above the most: " + batches);
    }

    @Test
    void aRequestThatSpoilsItsBatchFailsAloneWithItsOwnExceptionAndTheOthersSucceed() throws Exception {
        Combiner<String, Integer, Integer> combiner = new Combiner<>(CALLERS);
        List<Object> outcomes = atOnce(i -> {
            try {
                return combiner.serve("counter", i, this::doubleAllBut13);
            } catch (IllegalArgumentException refused) {
                return refused;
            }
        });

        for (int i = 0; i < CALLERS; i++) {
            if (i == 13) {
                assertSame(IllegalArgumentException.class, outcomes.get(i).getClass(), "the request's own exception");
            } else {
                assertEquals(2 * i, outcomes.get(i));
            }
        }
    }

    @Test
    void aLoneRequestThrowsWhatServingItThrew() {
        Combiner<String, Integer, Integer> combiner = new Combiner<>(10);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> combiner.serve("counter", 13, this::doubleAllBut13));
        assertEquals("13 alone", thrown.getMessage());
        assertEquals(4, combiner.serve("counter", 2, this::doubleAllBut13), "the lane serves on after a failure");
    }

    private interface Call<T> {
        T call(int i) throws Exception;
    }

    /** Every caller (0 … CALLERS-1) makes its call at the same moment; their results in caller order. */
    private static <T> List<T> atOnce(Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                int caller = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call(caller);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
