package org.sanling.searchindex.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanling.searchindex.SearchRequest;

/**
 * Times searches over the benchmark's queries, in shuffled passes, on one or more threads, and prints
 * the percentiles and the slowest queries of each contender. Several contenders take turns on every
 * query, first one then another going first, so that load from outside the benchmark and the state of
 * the caches fall on all alike and their ratio means something on a busy machine.
 */
final class LatencyMeter {

    /** One search as a contender runs it; what it returns is not timed apart from the call. */
    interface Search {
        void run(SearchRequest request) throws Exception;
    }

    /** A search under test and its name in the report. */
    record Contender(String name, Search search) {
    }

    private final List<SearchRequest> requests;
    private final int rounds;

    /** @param rounds timed passes over {@code requests} per thread */
    LatencyMeter(List<SearchRequest> requests, int rounds) {
        this.requests = List.copyOf(requests);
        this.rounds = rounds;
    }

    /** Runs every query {@code passes} times on each contender, untimed. */
    void warmUp(List<Contender> contenders, int passes) throws Exception {
        for (int pass = 0; pass < passes; pass++) {
            for (SearchRequest request : requests) {
                for (Contender contender : contenders) {
                    contender.search().run(request);
                }
            }
        }
    }

    /** Latency of each contender on {@code threads} threads, in the order given. */
    List<Latencies> measure(int threads, List<Contender> contenders) throws Exception {
        int samples = threads * rounds * requests.size();
        long[][] nanos = new long[contenders.size()][samples];
        long[][] nanosPerQuery = new long[contenders.size()][requests.size()];
        AtomicInteger slot = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random shuffler = new Random(t);
                workers.add(pool.submit(() -> {
                    List<SearchRequest> order = new ArrayList<>(requests);
                    for (int round = 0; round < rounds; round++) {
                        Collections.shuffle(order, shuffler);
                        for (SearchRequest request : order) {
                            int sample = slot.getAndIncrement();
                            int query = requests.indexOf(request);
                            for (int turn = 0; turn < contenders.size(); turn++) {
                                int c = (turn + sample) % contenders.size();
                                long begin = System.nanoTime();
                                contenders.get(c).search().run(request);
                                long took = System.nanoTime() - begin;
                                nanos[c][sample] = took;
                                synchronized (nanosPerQuery) {
                                    nanosPerQuery[c][query] += took;
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Latencies> results = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            Latencies latencies = Latencies.of(nanos[c]);
            results.add(latencies);
            System.out.printf("latency %s, %d thread%s: %s%n", contenders.get(c).name(), threads, threads == 1 ? "" : "s", latencies);
            System.out.println("  slowest on average:" + slowest(nanosPerQuery[c], threads));
        }
        return results;
    }

    private String slowest(long[] nanosPerQuery, int threads) {
        List<Integer> queries = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            queries.add(i);
        }
        queries.sort((a, b) -> Long.compare(nanosPerQuery[b], nanosPerQuery[a]));
        StringBuilder line = new StringBuilder();
        for (int i : queries.subList(0, Math.min(5, queries.size()))) {
            line.append(String.format(" %s@%s %.1f ms;", requests.get(i).query(), requests.get(i).scopeAreaCode(),
                    nanosPerQuery[i] / 1e6 / (threads * rounds)));
        }
        return line.toString();
    }
}
