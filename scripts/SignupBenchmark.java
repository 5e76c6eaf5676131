import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires concurrent sign-ups at one shift of a running portal over HTTP and prints how many were
 * confirmed and waitlisted, and the latency of the sign-ups (docs/benchmarks.md, issue #5). Exits 1 unless every
 * round confirmed exactly as many as the shift has places and answered every sign-up. Through the cluster's balancer
 * the sign-ups go to both nodes (the client keeps no cookie, so HAProxy takes turns).
 * <p>
 * Run with the JDK alone: {@code java scripts/SignupBenchmark.java [baseUrl] [volunteers] [capacity] [rounds]},
 * defaults http://127.0.0.1:8080 200 50 3, against a portal started with demo data (it logs in as
 * street-leader-a, who appoints its volunteers, once per run).
 */
public class SignupBenchmark {

    /** The appointed volunteers' password: not one of the common passwords the portal refuses. */
    private static final String PASSWORD = "Bench-Huoban-2026";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int volunteers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int capacity = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        String leader = token(base, "street-leader-a", "Sanling@2026");
        System.out.printf("appointing %d volunteers …%n", volunteers);
        List<String> tokens = appoint(base, leader, volunteers);
        for (int round = 1; round <= rounds; round++) {
            Result me = atOnce(tokens, token -> send(base, "/api/v1/me", token, null, "GET"));
            List<Long> ms = me.latencies();
            Collections.sort(ms);
            System.out.printf("baseline %d: %d x GET /api/v1/me at once (the cheapest authenticated call): "
                            + "p50 %d ms, p99 %d ms; all answered in %d ms%n",
                    round, tokens.size(), percentile(ms, 50), percentile(ms, 99), me.wallMs());
        }
        List<String> broken = new ArrayList<>();
        List<Long> p50s = new ArrayList<>();
        List<Long> p99s = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String shift = publishedShift(base, leader, capacity, round);
            Result result = atOnce(tokens, token -> send(base, "/api/v1/shifts/" + shift + "/signups", token,
                    "{\"clientId\":\"" + UUID.randomUUID() + "\"}", "POST"));
            List<Long> ms = result.latencies();
            Collections.sort(ms);
            p50s.add(percentile(ms, 50));
            p99s.add(percentile(ms, 99));
            System.out.printf("round %d: %d sign-ups at once for %d places: %d confirmed, %d waitlisted, %d failed; "
                            + "latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; all answered in %d ms%n",
                    round, volunteers, capacity, result.confirmed(), result.waitlisted(), result.failed(),
                    percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms.get(ms.size() - 1), result.wallMs());
            if (result.confirmed() != Math.min(capacity, volunteers) || result.failed() > 0) {
                broken.add("round " + round + ": " + result.confirmed() + " confirmed for " + capacity + " places, "
                        + result.failed() + " failed");
            }
        }
        Collections.sort(p50s);
        Collections.sort(p99s);
        System.out.printf("median of %d rounds: p50 %d ms, p99 %d ms (target p99 <= 200 ms)%n",
                rounds, p50s.get(p50s.size() / 2), p99s.get(p99s.size() / 2));
        if (!broken.isEmpty()) {
            System.out.println("BROKEN: every place taken exactly once and every sign-up answered: " + broken);
            System.exit(1);
        }
    }

    private record Result(int confirmed, int waitlisted, int failed, List<Long> latencies, long wallMs) {
    }

    private interface Call {
        HttpResponse<String> send(String token) throws Exception;
    }

    /** Every token makes the call at the same moment; counts CONFIRMED, WAITLISTED (other 2xx) and failures. */
    private static Result atOnce(List<String> tokens, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<long[]>> answers = new ArrayList<>();
            for (String token : tokens) {
                answers.add(pool.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    var reply = call.send(token);
                    long ms = (System.nanoTime() - began) / 1_000_000;
                    int outcome = reply.statusCode() / 100 != 2 ? 2 : reply.body().contains("\"CONFIRMED\"") ? 0 : 1;
                    return new long[]{outcome, ms};
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            int[] counts = new int[3];
            List<Long> latencies = new ArrayList<>();
            for (Future<long[]> answer : answers) {
                long[] a = answer.get();
                counts[(int) a[0]]++;
                latencies.add(a[1]);
            }
            return new Result(counts[0], counts[1], counts[2], latencies, (System.nanoTime() - began) / 1_000_000);
        } finally {
            pool.shutdown();
        }
    }

    /** A published campaign with one shift on a day of its own (so rounds never overlap), answering its shift id. */
    private static String publishedShift(String base, String leader, int capacity, int round) throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(400 + round)).plus(Duration.ofMinutes(System.nanoTime() % 600))
                .truncatedTo(ChronoUnit.MINUTES);
        String body = "{\"title\":\"压力测试活动 " + round + "\",\"description\":\"benchmark\",\"category\":\"其他\","
                + "\"areaCode\":\"410702001001\",\"shifts\":[{\"startsAt\":\"" + start + "\",\"endsAt\":\""
                + start.plus(Duration.ofHours(2)) + "\",\"place\":\"梦萦小区南门\",\"capacity\":" + capacity + "}]}";
        var created = send(base, "/api/v1/campaigns", leader, body, "POST");
        check(created, 201);
        String campaign = field(created.body(), "id");
        check(send(base, "/api/v1/campaigns/" + campaign + "/publish", leader, "{}", "POST"), 200);
        Matcher shift = Pattern.compile("\"shifts\":\\[\\{[^}]*?\"id\":\"(\\d+)\"").matcher(created.body());
        if (!shift.find()) {
            throw new IllegalStateException("no shift id in " + created.body());
        }
        return shift.group(1);
    }

    /**
     * The volunteers, appointed by the street leader: self-registration is limited per client address
     * (10 an hour), which a benchmark from one machine would run into.
     */
    private static List<String> appoint(String base, String leader, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = "bench-" + run + "-" + i;
                tokens.add(pool.submit(() -> {
                    check(send(base, "/api/v1/accounts", leader, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                            + "\",\"displayName\":\"压测志愿者\",\"phone\":\"13900000000\",\"areaCode\":\"410702001001\","
                            + "\"roles\":[\"VOLUNTEER\"]}", "POST"), 201);
                    return token(base, username, PASSWORD);
                }));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> token : tokens) {
                result.add(token.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }

    private static String token(String base, String username, String password) throws Exception {
        var reply = send(base, "/api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", "POST");
        check(reply, 200);
        return field(reply.body(), "token");
    }

    private static HttpResponse<String> send(String base, String path, String token, String body, String method) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> reply, int expected) {
        if (reply.statusCode() != expected) {
            throw new IllegalStateException(reply.request().uri() + " answered " + reply.statusCode() + ": " + reply.body());
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
