package org.sanling.searchindex.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.sanling.searchindex.SearchRequest;
import org.sanling.searchindex.bench.LatencyMeter.Contender;

/**
 * Search as a client sees it: the in-process benchmark's fifty queries, each with its scope, sent to a
 * running portal's {@code GET /api/v1/search} by a leader whose home area covers them, after warm-up
 * passes, on one thread and then on two. Beside the client's latency it reports the portal's own
 * {@code tookMs} (the index search inside the server, in milliseconds rounded down), so that the
 * difference is what HTTP, security, JSON and facet labels add. A query whose scope the portal does
 * not know (its area tree differs from the benchmark's) is left out, and says so.
 *
 * <p>System properties: {@code bench.http.url} (http://127.0.0.1:8080), {@code bench.http.user}
 * (district-leader), {@code bench.http.password} (Sanling@2026, the demo password),
 * {@code bench.http.warmup} (20 passes; after 5 the median at a million documents was still 40 %
 * above its warm value), {@code bench.rounds} (10 timed passes per thread).
 */
public final class HttpSearchBenchmark {

    private static final int THREADS = 2;

    private HttpSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(System.getProperty("bench.http.url", "http://127.0.0.1:8080"));
        String user = System.getProperty("bench.http.user", "district-leader");
        PortalSearchClient client = PortalSearchClient.signIn(portal, user, System.getProperty("bench.http.password", "Sanling@2026"));

        List<SearchRequest> requests = new ArrayList<>();
        long matches = 0;
        for (SearchRequest request : BenchQueries.requests(new AreaTree())) {
            Optional<PortalSearchClient.Answer> answer = client.search(request);
            if (answer.isPresent()) {
                requests.add(request);
                matches += answer.get().total();
            } else {
                System.out.printf("left out %s@%s: the portal has no area %s%n", request.query(), request.scopeAreaCode(), request.scopeAreaCode());
            }
        }
        System.out.printf("searching %s as %s: %d queries, %,d matches in all%n", portal, user, requests.size(), matches);

        ConcurrentLinkedQueue<Long> serverMillis = new ConcurrentLinkedQueue<>();
        Contender overHttp = new Contender("over HTTP", request -> serverMillis.add(client.search(request).orElseThrow().tookMs()));
        LatencyMeter meter = new LatencyMeter(requests, Integer.getInteger("bench.rounds", 10));
        meter.warmUp(List.of(overHttp), Integer.getInteger("bench.http.warmup", 20));
        for (int threads = 1; threads <= THREADS; threads++) {
            serverMillis.clear();
            meter.measure(threads, List.of(overHttp));
            long[] nanos = serverMillis.stream().mapToLong(millis -> millis * 1_000_000).toArray();
            System.out.printf("  inside the portal (tookMs): %s%n", Latencies.of(nanos));
        }
    }
}
