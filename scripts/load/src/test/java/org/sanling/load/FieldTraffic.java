package org.sanling.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Mixed field traffic against a running portal or the cluster's balancer: six in ten clients file submissions
 * with a photo as fast as they are answered, three in ten search as a district leader, one in ten reads the
 * dashboard's figures. With {@code -Dload.killAt=S} node 1 of scripts/cluster.sh is killed with kill -9 after S
 * seconds. Gatling prints the percentiles per request and writes its report under target/gatling.
 */
public class FieldTraffic extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8000");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("load.seconds", 120));
    private static final long KILL_AT = Long.getLong("load.killAt", -1);
    /** What leaders search for: words of the demo's real messages. */
    private static final String[] WORDS = {"道路积水", "电动车", "噪音扰民", "物业", "垃圾", "停车", "路灯", "井盖", "供暖", "占道经营"};
    private static final byte[] PHOTO = photo();

    private final String supervisor = token("supervisor-a");
    private final String leader = token("district-leader");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .acceptLanguageHeader("zh-CN");

    private final ScenarioBuilder intake = scenario("file a submission with a photo").during(LENGTH).on(
            exec(session -> session.set("clientId", UUID.randomUUID().toString()).set("photoId", UUID.randomUUID().toString()))
                    .exec(http("POST /api/v1/submissions").post("/api/v1/submissions")
                            .header("Authorization", "Bearer " + supervisor)
                            .body(StringBody(session -> """
                                    {"clientId":"%s","type":"HAZARD","category":"环境卫生","areaCode":"410702001001001",
                                     "title":"压力测试 楼道堆放杂物","content":"负载测试：三楼楼道堆满纸箱，有火灾隐患。","urgency":"NORMAL"}"""
                                    .formatted(session.getString("clientId")))).asJson()
                            .check(status().in(200, 201), jsonPath("$.id").saveAs("id")))
                    .exec(http("POST /api/v1/submissions/{id}/photos")
                            .post(session -> "/api/v1/submissions/" + session.getString("id") + "/photos?clientId="
                                    + session.getString("photoId"))
                            .header("Authorization", "Bearer " + supervisor).header("Content-Type", "image/jpeg")
                            .body(ByteArrayBody(PHOTO))
                            .check(status().in(200, 201))));

    private final ScenarioBuilder search = scenario("search as a leader").during(LENGTH).on(
            exec(http("GET /api/v1/search").get(session -> "/api/v1/search?q="
                    + URLEncoder.encode(WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)], StandardCharsets.UTF_8))
                    .header("Authorization", "Bearer " + leader).check(status().is(200)))
                    .pause(Duration.ofMillis(200)));

    private final ScenarioBuilder dashboard = scenario("read the dashboard's figures").during(LENGTH).on(
            exec(http("GET /api/v1/summaries/daily").get("/api/v1/summaries/daily")
                    .header("Authorization", "Bearer " + leader).check(status().is(200)))
                    .exec(http("GET /api/v1/sanling-board").get("/api/v1/sanling-board")
                            .header("Authorization", "Bearer " + leader).check(status().is(200)))
                    .pause(Duration.ofSeconds(1)));

    {
        int searchers = USERS * 3 / 10;
        int readers = Math.max(1, USERS / 10);
        setUp(intake.injectOpen(atOnceUsers(USERS - searchers - readers)),
                search.injectOpen(atOnceUsers(searchers)),
                dashboard.injectOpen(atOnceUsers(readers)))
                .protocols(protocol);
    }

    @Override
    public void before() {
        if (KILL_AT >= 0) {
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(Duration.ofSeconds(KILL_AT).toMillis());
                    new ProcessBuilder(System.getProperty("load.clusterScript"), "kill", "1").inheritIO().start().waitFor();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kill-node-1");
            killer.setDaemon(true);
            killer.start();
        }
    }

    /** A bearer token of a demo account (kept in the database, so good on every node). */
    private static String token(String username) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"Sanling@2026\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("no token for " + username + ": " + answer.statusCode() + " " + answer.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A 640×480 JPEG such as a phone sends after the portal's downscaling (a few tens of kilobytes). */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(640), random.nextInt(480), 1 + random.nextInt(60), 1 + random.nextInt(60));
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
