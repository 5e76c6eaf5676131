import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files submissions into a running portal over HTTP, as supervisors and the offline outbox do, and prints
 * the throughput and the latency of each {@code POST /api/v1/submissions} (docs/benchmarks.md, issue #14:
 * what a durable commit costs).
 * <p>
 * Run with the JDK alone: {@code java scripts/IntakeBenchmark.java [baseUrl] [submissions] [clients] [rounds]},
 * defaults http://127.0.0.1:8080 400 8 3, against a portal started with demo data (it logs in as
 * supervisor-a).
 */
public class IntakeBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        String token = token(base);
        round(base, token, clients * 10, clients); // warm-up, not counted
        List<Double> rates = new ArrayList<>();
        List<Long> p50s = new ArrayList<>();
        List<Long> p99s = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long began = System.nanoTime();
            List<Long> ms = round(base, token, submissions, clients);
            double seconds = (System.nanoTime() - began) / 1e9;
            Collections.sort(ms);
            rates.add(submissions / seconds);
            p50s.add(percentile(ms, 50));
            p99s.add(percentile(ms, 99));
            System.out.printf("round %d: %d submissions by %d clients in %.1f s: %.0f/s; latency p50 %d ms, p95 %d ms, "
                            + "p99 %d ms%n", round, submissions, clients, seconds, submissions / seconds,
                    percentile(ms, 50), percentile(ms, 95), percentile(ms, 99));
        }
        Collections.sort(rates);
        Collections.sort(p50s);
        Collections.sort(p99s);
        System.out.printf("median of %d rounds: %.0f submissions/s, p50 %d ms, p99 %d ms%n",
                rounds, rates.get(rounds / 2), p50s.get(rounds / 2), p99s.get(rounds / 2));
    }

    /** Each client files its share one after another; answers the latency of every submission. */
    private static List<Long> round(String base, String token, int submissions, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> shares = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int share = submissions / clients + (c < submissions % clients ? 1 : 0);
                shares.add(pool.submit(() -> {
                    List<Long> ms = new ArrayList<>();
                    for (int i = 0; i < share; i++) {
                        long began = System.nanoTime();
                        HttpResponse<String> answer = submit(base, token);
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                        }
                        ms.add((System.nanoTime() - began) / 1_000_000);
                    }
                    return ms;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<List<Long>> share : shares) {
                latencies.addAll(share.get());
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    private static HttpResponse<String> submit(String base, String token) throws Exception {
        String clientId = UUID.randomUUID().toString();
        String body = "{\"clientId\":\"" + clientId + "\",\"type\":\"COMPLAINT\",\"category\":\"环境卫生\","
                + "\"areaCode\":\"410702001001001\",\"title\":\"小区垃圾清运不及时 " + clientId.substring(0, 8) + "\","
                + "\"content\":\"三号楼旁的垃圾桶已满两天，无人清运。\",\"urgency\":\"NORMAL\"}";
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String base) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"supervisor-a\",\"password\":\"Sanling@2026\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login: " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
